const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * The test sequencer of mutation runs. Stryker runs a mutant by giving jest the names of the tests
 * that cover it (`testNamePattern`), and jest would still load every suite of the area to find
 * them, importing the CDKs and synthesizing apps for nothing. With a pattern, this sequencer keeps
 * only the suites that hold a test whose full name matches it, fastest first, so that with
 * `stop-at-first-failure.environment.js` a killed mutant costs the suites up to the first failing
 * test. Without a pattern (Stryker's dry run, and static mutants: those reached while modules load
 * or in hooks, which every test must run for) it keeps every suite, also fastest first, so that a
 * killed static mutant stops after the cheapest suites rather than after jest's slowest-first order.
 * Suites and durations come from the list `scripts/list-mutation-tests.ts` writes before a run
 * (`.cache/mutation/<area>.tests.json`, from the root directory), with a digest of each suite.
 * Without a list, when the list does not name every suite or a suite changed since it was written,
 * or when no listed suite matches, it keeps jest's order and every suite, so a stale list costs
 * time, never a test.
 */
class CoveringFilesSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options.globalConfig;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.length === 0) return sorted;
    const config = sorted[0].context.config;
    const listed = readTestList(path.join(config.rootDir, '.cache', 'mutation', `${config.globals.mutationArea}.tests.json`));
    const relative = (test) => path.relative(config.rootDir, test.path).split(path.sep).join('/');
    const current = (test) => Object.hasOwn(listed, relative(test)) && listed[relative(test)].sha256 === fileDigest(test.path);
    if (!listed || !sorted.every(current)) return sorted;
    const fastestFirst = (suites) => suites.sort((a, b) => listed[relative(a)].durationMs - listed[relative(b)].durationMs);
    const pattern = this.globalConfig?.testNamePattern;
    if (!pattern) return fastestFirst(sorted);
    // The same test as jest-circus applies to each test's full name.
    const regex = new RegExp(pattern, 'i');
    const covering = sorted.filter((test) => listed[relative(test)].tests.some((name) => regex.test(name)));
    if (covering.length === 0) return sorted;
    return fastestFirst(covering);
  }
}

/** The SHA-256 of a file's content, hex. */
function fileDigest(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Each suite's full test names, duration and digest, or undefined when there is no list. */
function readTestList(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

module.exports = CoveringFilesSequencer;
