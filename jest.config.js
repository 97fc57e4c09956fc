/** Jest runs the TypeScript sources through SWC; `npm run typecheck` does the type-checking. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/setup/fast-check-seed.global.ts',
  setupFiles: ['<rootDir>/test/setup/fast-check-seed.ts'],
};
