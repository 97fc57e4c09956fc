// ESLint flat config: typescript-eslint's recommended rules (syntax-only, so a lint run takes seconds;
// `npm run typecheck` does the type-checking), with eslint-config-prettier last so that no rule
// argues with the formatter. Generated code is left out: the IBM provider bindings (`npm run
// generate:ibm`) and the cdktn renderer, a copy of lib/cdktf (`npm run generate:cdktn`).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      '.cache/',
      'cdk.out/',
      'cdktf.out/',
      'cdktf-hcl.out/',
      'cdktn.out/',
      'cdktn-hcl.out/',
      'lib/cdktf/ibm-provider/',
      'lib/cdktn/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Jest's matcher signatures take their extra arguments as `any[]`.
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      // Several case labels may share one body, with a comment saying why.
      'no-fallthrough': ['error', { allowEmptyCase: true }],
    },
  },
  {
    // The benchmark workers load the build under test from a path given at run time, so they require() it.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  prettier,
);
