import { execFile } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** What one `npm run --silent <script>` printed and how it exited. */
export interface NpmScriptResult {
  /** The exit status: 0 on success. */
  readonly code: number;
  /** Its standard output followed by its standard error. */
  readonly output: string;
}

/**
 * Runs one of the package's npm scripts in the repository root, without npm's own banner, so that a
 * suite can run a whole-project check (the type-check, the lint) in its own jest worker while the
 * other suites run in the others.
 * @param script the name of the script in package.json
 */
export function runNpmScript(script: string): Promise<NpmScriptResult> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script],
      { cwd: ROOT, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}
