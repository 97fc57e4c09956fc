const { TestEnvironment } = require('jest-environment-node');

/** The variable through which Stryker tells the test process which mutant is active. */
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
/** Where the mutant that a failing test has already killed is kept, across the suites of one jest run. */
const KILLED = Symbol.for('backup-agent-connectivity.mutation.killed');

/**
 * The test environment of mutation runs. Once a test (or a hook) fails with a mutant active, the
 * mutant is killed and the rest of the run could only confirm it; jest's `bail` is not available to
 * Stryker, so this environment skips every later test of that mutant's run instead, and with them
 * the `beforeAll` hooks of suites that have nothing left to run. Without an active mutant (Stryker's
 * dry run, which measures coverage, or a plain jest run) it changes nothing.
 */
class StopAtFirstFailureEnvironment extends TestEnvironment {
  handleTestEvent(event, state) {
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    const killed = globalThis[KILLED] === mutant;
    if (event.name === 'run_start' && killed) skipEveryTest(state.rootDescribeBlock);
    else if (event.name === 'test_start' && killed) event.test.mode = 'skip';
    else if ((event.name === 'test_done' && event.test.errors.length > 0) || event.name === 'hook_failure') globalThis[KILLED] = mutant;
  }
}

function skipEveryTest(block) {
  for (const child of block.children) {
    if (child.type === 'describeBlock') skipEveryTest(child);
    else child.mode = 'skip';
  }
}

module.exports = StopAtFirstFailureEnvironment;
