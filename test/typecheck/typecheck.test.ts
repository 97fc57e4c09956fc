import { execFile } from 'node:child_process';
import * as path from 'node:path';

/**
 * `npm run typecheck` (tsc over the library, tests, examples, benchmarks and scripts) as a suite of
 * its own: jest runs it in one worker while the other suites run in the others, instead of before
 * them all.
 */
const ROOT = path.resolve(__dirname, '../..');

test('npm run typecheck reports no error', async () => {
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'typecheck'],
      { cwd: ROOT, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
}, 600_000);
