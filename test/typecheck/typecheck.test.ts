import { recordedRun } from '../setup/recorded-runs';
import { NpmScriptResult, runNpmScript } from '../setup/npm-script';

/**
 * `npm run typecheck` (tsc over the library, tests, examples, benchmarks and scripts) as a suite of
 * its own: jest runs it in one worker while the other suites run in the others, instead of before
 * them all. A clean result is a recorded run (see `test/setup/recorded-runs.ts`), replayed while
 * every directory of the tsconfig's `include`, the tsconfig, package.json and the lock file are
 * unchanged; a type error is never replayed.
 */
test('npm run typecheck reports no error', async () => {
  const result = await recordedRun<NpmScriptResult>(
    'typecheck',
    { sources: ['tsconfig.json', 'package.json', 'lib', 'test', 'examples', 'bench', 'scripts'], parameters: { script: 'typecheck' } },
    () => runNpmScript('typecheck'),
    (outcome) => outcome.code === 0 && outcome.output === '',
  );
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
}, 600_000);
