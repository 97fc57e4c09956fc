/**
 * Jest configurations for mutation testing, one per mutated area: each runs only the suites that
 * exercise that area, so a mutant of the policy core never waits for a synthesis in a review test.
 * Suites that run the library in a child process (the review-diff script) are left out: a mutant
 * is active only in the process Stryker runs, so they could not detect it.
 * Stryker finds tests only when the mutated sources lie under a root, hence `lib` among the roots.
 */
const path = require('node:path');
const base = require('../../jest.config');

const AREAS = {
  core: ['test/core/**/*.test.ts', 'test/cli/rules-command.test.ts'],
  review: ['test/review/**/*.test.ts', '!**/test/review/diff-script.test.ts'],
};

/** The jest configuration for one area: `core` or `review`. */
function jestConfigFor(area) {
  if (!AREAS[area]) throw new Error(`unknown mutation area '${area}'; known: ${Object.keys(AREAS).join(', ')}`);
  return {
    ...base,
    rootDir: path.resolve(__dirname, '../..'),
    roots: ['<rootDir>/test', '<rootDir>/lib'],
    testMatch: AREAS[area].map((glob) => (glob.startsWith('!') ? glob : `<rootDir>/${glob}`)),
    // A mutant's run loads only the suites that hold its covering tests, fastest first, and stops
    // at the first failing test.
    // Stryker loads the environment itself, without resolving `<rootDir>`.
    testSequencer: path.join(__dirname, 'covering-files.sequencer.js'),
    testEnvironment: path.join(__dirname, 'stop-at-first-failure.environment.js'),
    globals: { mutationArea: area },
    // A snapshot a mutant stores under another name fails its test instead of being written.
    ci: true,
  };
}

module.exports = { jestConfigFor, AREAS };
