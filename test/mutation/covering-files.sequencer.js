const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * The test sequencer of mutation runs. Stryker runs a mutant by giving jest the names of the tests
 * that cover it (`testNamePattern`), and jest would still load every suite of the area to find
 * them, importing the CDKs and synthesizing apps for nothing. With a pattern, this sequencer keeps
 * only the suites that hold a test whose full name matches it, fastest first, so that with
 * `stop-at-first-failure.environment.js` a killed mutant costs the suites up to the first failing
 * test. Suites and durations come from the list `scripts/list-mutation-tests.ts` writes before a
 * run (`.cache/mutation/<area>.tests.json`, from the root directory). Without a pattern (Stryker's
 * dry run), without a list, or when the list does not name every suite, it keeps jest's order and
 * every suite, so it never drops a suite that jest would have run a test of.
 */
class CoveringFilesSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options.globalConfig;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    const pattern = this.globalConfig?.testNamePattern;
    if (!pattern || sorted.length === 0) return sorted;
    const config = sorted[0].context.config;
    const listed = readTestList(path.join(config.rootDir, '.cache', 'mutation', `${config.globals.mutationArea}.tests.json`));
    const relative = (test) => path.relative(config.rootDir, test.path).split(path.sep).join('/');
    if (!listed || !sorted.every((test) => Object.hasOwn(listed, relative(test)))) return sorted;
    // The same test as jest-circus applies to each test's full name.
    const regex = new RegExp(pattern, 'i');
    return sorted
      .filter((test) => listed[relative(test)].tests.some((name) => regex.test(name)))
      .sort((a, b) => listed[relative(a)].durationMs - listed[relative(b)].durationMs);
  }
}

/** Each suite's full test names and duration, or undefined when there is no list. */
function readTestList(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

module.exports = CoveringFilesSequencer;
