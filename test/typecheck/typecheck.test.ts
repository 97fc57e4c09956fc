import { runNpmScript } from '../setup/npm-script';

/**
 * `npm run typecheck` (tsc over the library, tests, examples, benchmarks and scripts) as a suite of
 * its own: jest runs it in one worker while the other suites run in the others, instead of before
 * them all.
 */
test('npm run typecheck reports no error', async () => {
  const result = await runNpmScript('typecheck');
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
}, 600_000);
