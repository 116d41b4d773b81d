/** One jest run: unit and function tests, emulator contract tests, browser journeys. */
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', jsx: 'react-jsx', target: 'ES2020' } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/setup.ts'],
  testTimeout: 30000,
  // Journeys share one built product and one Chromium; they run after the rest, one at a time.
  maxWorkers: 2,
};
