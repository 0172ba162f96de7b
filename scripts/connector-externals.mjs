// The packages the bundled connector leaves out of dist/connector.js, in one place: the image and the
// bare-metal install copy RUNTIME_PACKAGES (with their dependencies) beside the bundle.

/** Loaded from node_modules at run time. */
export const RUNTIME_PACKAGES = [
  // modesl calls the deprecated Buffer() constructor, which Node reports unless the call comes from node_modules.
  'modesl',
  // /docs serves Swagger UI's files from the package's folder, which it finds with require.resolve.
  'swagger-ui-dist',
  // the journal's SQLite driver is compiled code (build/Release/better_sqlite3.node), found from its folder
  'better-sqlite3',
];

/** Loaded by NestJS and ws only if installed; the connector uses none of them. */
export const OPTIONAL_PACKAGES = [
  '@nestjs/microservices',
  '@nestjs/microservices/*',
  '@nestjs/platform-socket.io',
  '@nestjs/websockets/*',
  'class-transformer/storage',
  'bufferutil',
  'utf-8-validate',
];
