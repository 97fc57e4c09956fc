/**
 * Jest runs the TypeScript sources through SWC; the type-check runs as a suite of its own
 * (test/typecheck), next to the others, instead of before them.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  // One worker per core: jest's default keeps a core for itself, one worker on a 2-core machine,
  // while the main process only schedules and reports.
  maxWorkers: '100%',
  // The longest suites start first also when jest has no timings of an earlier run.
  testSequencer: '<rootDir>/test/setup/longest-first.sequencer.js',
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/recorded-runs.global.ts',
  setupFiles: ['<rootDir>/test/setup/fast-check-seed.ts'],
};
