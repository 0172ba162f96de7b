/**
 * Architecture rules: the domain libraries stay pure, and only the Event Socket adapter talks modesl.
 * Run with `npm run depcheck`; part of `npm test`.
 */
const pureLibs = '^libs/(contracts|fs-xml|live-state|provisioning)/';
const nodeIo =
  '^(node:)?(fs|fs/promises|net|tls|http|https|http2|dgram|child_process|cluster|worker_threads|dns|readline)$';

module.exports = {
  forbidden: [
    {
      name: 'pure-libs-no-nest',
      severity: 'error',
      comment: 'Domain libraries are framework-free: no NestJS.',
      from: { path: pureLibs },
      to: { path: '^@nestjs/|node_modules/@nestjs/' },
    },
    {
      name: 'pure-libs-no-modesl',
      severity: 'error',
      comment: 'Only apps/connector/src/esl talks to the Event Socket library.',
      from: { path: pureLibs },
      to: { path: 'node_modules/modesl/' },
    },
    {
      name: 'pure-libs-no-node-io',
      severity: 'error',
      comment: 'Domain libraries do no I/O: no file system, network or processes.',
      from: { path: pureLibs, pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core'], path: nodeIo },
    },
    {
      name: 'modesl-only-in-esl-adapter',
      severity: 'error',
      comment: 'The Event Socket adapter is the one place that imports modesl.',
      from: { pathNot: '^apps/connector/src/esl/' },
      to: { path: 'node_modules/modesl/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|node_modules)/' },
  },
};
