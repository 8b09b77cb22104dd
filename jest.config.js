/** Jest runs the TypeScript sources as ES modules (node --experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  // The end of the run names the suites skipped for a missing system tool (Chromium, njs) and
  // the package to install (__tests__/helpers/prerequisites.ts).
  reporters: ['default', '<rootDir>/__tests__/helpers/prerequisites-reporter.mjs'],
};
