/**
 * Architecture rules: the domain libraries stay pure, and only the Event Socket adapter talks modesl.
 * Run with `npm run depcheck`; part of `npm test`.
 */
const pureLibs = '^libs/(admin|contracts|fs-xml|live-state|provisioning)/';
/** The history's projections and answers; its SQLite adapter lives in libs/history/src/sqlite. */
const historyDomain = '^libs/history/src/(?!sqlite/)';
/** The journal's port and entry types; its adapters live in libs/journal/src/sqlite and src/jetstream. */
const journalPort = '^libs/journal/src/[^/]+\\.ts$';
const nodeIo =
  '^(node:)?(fs|fs/promises|net|tls|http|https|http2|dgram|child_process|cluster|worker_threads|dns|readline)$';

module.exports = {
  forbidden: [
    {
      name: 'test-support-only-in-tests',
      severity: 'error',
      comment:
        'Test helpers live in folders named test-support/ and are left out of dist/: only specs, end-to-end tests, benchmarks and other helpers import them.',
      from: {
        path: '^(apps|libs)/',
        pathNot: '(\\.spec\\.ts$|\\.e2e-spec\\.ts$|/test-support/|^apps/connector/test/)',
      },
      to: { path: '/test-support/' },
    },
    {
      name: 'no-testing-folders',
      severity: 'error',
      comment: 'Test helpers go in test-support/, the one name tsconfig.build.json leaves out of dist/.',
      from: {},
      to: { path: '^(apps|libs)/.*/testing/' },
    },
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
      name: 'journal-no-nest',
      severity: 'error',
      comment: 'The journal is a framework-free library.',
      from: { path: '^libs/journal/' },
      to: { path: '^@nestjs/|node_modules/@nestjs/' },
    },
    {
      name: 'journal-port-no-io',
      severity: 'error',
      comment: 'The journal port and its entry types name no storage: no file system, no SQLite, no NATS.',
      from: { path: journalPort, pathNot: '\\.spec\\.ts$' },
      to: { path: `(${nodeIo})|node_modules/(better-sqlite3|nats)/` },
    },
    {
      name: 'nats-only-in-jetstream-adapter',
      severity: 'error',
      comment: "Only the journal's JetStream adapter, its tests and the benchmarks talk to NATS.",
      from: { pathNot: '^(libs/journal/src/jetstream/|bench/)' },
      to: { path: 'node_modules/nats/' },
    },
    {
      name: 'history-domain-pure',
      severity: 'error',
      comment: 'The history projections and answers are pure: no NestJS, no I/O, no SQLite.',
      from: { path: historyDomain, pathNot: '\\.spec\\.ts$' },
      to: { path: `^@nestjs/|node_modules/@nestjs/|(${nodeIo})|node_modules/better-sqlite3/` },
    },
    {
      name: 'history-sqlite-no-nest',
      severity: 'error',
      comment: 'The history store is a framework-free library.',
      from: { path: '^libs/history/' },
      to: { path: '^@nestjs/|node_modules/@nestjs/' },
    },
    {
      name: 'better-sqlite3-only-in-store-adapters',
      severity: 'error',
      comment: "Only the journal's and the history's SQLite adapters and their tests talk to SQLite.",
      from: { pathNot: '^libs/(journal|history)/src/sqlite/' },
      to: { path: 'node_modules/better-sqlite3/' },
    },
    {
      name: 'no-nest-gateways-in-production',
      severity: 'error',
      comment:
        "The live endpoint drives ws directly (docs/architecture.md); Nest's gateway packages are devDependencies, for the gateway-compare benchmark only.",
      from: { path: '^(apps|libs)/' },
      to: { path: '^@nestjs/(websockets|platform-ws)(/|$)|node_modules/@nestjs/(websockets|platform-ws)/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    // Not followed, but not excluded either: excluding node_modules drops every import of a package, and
    // the rules on packages (NestJS, modesl, better-sqlite3) would never fire.
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^dist/' },
  },
};
