/**
 * One jest run: unit and function tests, emulator contract tests, browser journeys.
 *
 * ts-jest only transpiles, file by file (`isolatedModules`): `npm test` type-checks everything with
 * `tsc --noEmit` first, so checking types again per test file would only cost time (measured on a
 * cold cache, unit + contract: 36 s transpiling, 47 s type-checking).
 */
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', target: 'ES2020', isolatedModules: true } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/setup.ts'],
  testTimeout: 30000,
  // Each journey file starts its own product (own database and server clock) and its own Chromium,
  // and sets its own, longer budget (tests/helpers/journey.ts). Journeys run alongside the rest.
  maxWorkers: 2,
  testSequencer: '<rootDir>/tests/helpers/sequencer.js',
};
