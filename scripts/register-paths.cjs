// Resolves the @fscon/* path aliases of tsconfig.json inside the compiled dist/ tree. A plain hook on
// Node's resolver: tsconfig-paths did the same with file-system probes on every require and cost the
// connector a quarter of its start-up.
const path = require('node:path');
const Module = require('node:module');

const libs = path.join(__dirname, '..', 'dist', 'libs');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, ...rest) {
  const target = request.startsWith('@fscon/')
    ? path.join(libs, request.slice('@fscon/'.length), 'src')
    : request;
  return resolveFilename.call(this, target, ...rest);
};
