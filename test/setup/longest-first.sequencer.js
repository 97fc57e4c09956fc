const Sequencer = require('@jest/test-sequencer').default;

/**
 * Suites known to take longest, by path from the repository root. Jest starts suites by their
 * recorded duration, longest first; without a record (a fresh checkout, a new jest cache) it falls
 * back to file size, which would start these small files last and leave one core idle at the end.
 */
const KNOWN_LONGEST = ['test/package/pack.test.ts', 'test/typecheck/typecheck.test.ts', 'test/api/jsii-compile.test.ts', 'test/lint/lint.test.ts'];

/** Jest's order, except that the suites of {@link KNOWN_LONGEST} with no recorded duration go first. */
class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (test) => (test.duration == null ? KNOWN_LONGEST.findIndex((suffix) => test.path.endsWith(suffix)) : -1);
    const first = sorted.filter((test) => rank(test) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...first, ...sorted.filter((test) => rank(test) < 0)];
  }
}

module.exports = LongestFirstSequencer;
