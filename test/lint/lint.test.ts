import { runNpmScript } from '../setup/npm-script';

/**
 * `npm run lint` (ESLint and `prettier --check`) as a suite of its own, like the type-check: jest runs
 * it in one worker while the other suites run in the others, instead of before them all.
 */
test('npm run lint reports nothing', async () => {
  const result = await runNpmScript('lint');
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
}, 600_000);
