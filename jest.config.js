/**
 * Three projects: fast unit specs beside the code, end-to-end specs against a running connector and
 * the simulator, and end-to-end specs against a real FreeSWITCH (skipped, with one line saying why,
 * where none is found).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@fscon/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  testTimeout: 30000,
  // The suites run in the one jest process on a 2-core machine; a handle a test leaves open (a socket a
  // peer never closed) must not keep the run from ending once every suite has finished.
  forceExit: true,
  reporters: [
    'default',
    '<rootDir>/apps/connector/test/realfs/support/skip-reporter.cjs',
    '<rootDir>/scripts/install/test-support/systemd-skip-reporter.cjs',
  ],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,bench,scripts}/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/apps/**/test/**/*.e2e-spec.ts'] },
    {
      ...common,
      displayName: 'realfs',
      testMatch: ['<rootDir>/apps/connector/test/realfs/**/*.realfs-spec.ts'],
      globalSetup: '<rootDir>/apps/connector/test/realfs/support/global-setup.ts',
    },
  ],
};
