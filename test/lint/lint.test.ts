import * as fs from 'node:fs';
import * as path from 'node:path';
import { recordedRun } from '../setup/recorded-runs';
import { NpmScriptResult, runNpmScript } from '../setup/npm-script';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Directories that neither ESLint (the `ignores` of eslint.config.mjs, and `.git`) nor Prettier
 * (.gitignore, and `.git`) reads; every other entry of the repository is an input of the lint.
 */
const UNREAD_BY_LINT = [
  '.git',
  'node_modules',
  'dist',
  'coverage',
  'reports',
  '.stryker-tmp',
  '.cache',
  'cdk.out',
  'cdktf.out',
  'cdktf-hcl.out',
  'cdktn.out',
  'cdktn-hcl.out',
];

/** Every entry at the top of the repository that the lint may read, configurations included. */
function lintInputs(): string[] {
  return fs
    .readdirSync(ROOT)
    .filter((entry) => !UNREAD_BY_LINT.includes(entry))
    .sort();
}

/**
 * `npm run lint` (ESLint and `prettier --check`) as a suite of its own, like the type-check: jest runs
 * it in one worker while the other suites run in the others, instead of before them all. A clean
 * result is a recorded run (see `test/setup/recorded-runs.ts`), replayed while every file the lint
 * may read and the lock file are unchanged; a finding is never replayed.
 */
test('npm run lint reports nothing', async () => {
  const result = await recordedRun<NpmScriptResult>(
    'lint',
    { sources: lintInputs(), parameters: { script: 'lint' } },
    () => runNpmScript('lint'),
    (outcome) => outcome.code === 0 && outcome.output === '',
  );
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
}, 600_000);

test('the directories left out of the lint record are ignored by both ESLint and Prettier', () => {
  const eslintConfig = fs.readFileSync(path.join(ROOT, 'eslint.config.mjs'), 'utf8');
  const gitignore = fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n');
  for (const directory of UNREAD_BY_LINT.filter((d) => d !== '.git')) {
    expect({ directory, eslint: eslintConfig.includes(`'${directory}/'`), prettier: gitignore.includes(`${directory}/`) }).toEqual({
      directory,
      eslint: true,
      prettier: true,
    });
  }
});
