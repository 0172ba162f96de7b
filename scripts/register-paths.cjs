// Resolves the @fscon/* path aliases of tsconfig.json inside the compiled dist/ tree.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');

const libs = ['contracts', 'fs-xml', 'live-state', 'provisioning', 'fs-simulator', 'real-freeswitch'];
tsConfigPaths.register({
  baseUrl: path.join(__dirname, '..', 'dist'),
  paths: Object.fromEntries(libs.map((lib) => [`@fscon/${lib}`, [`libs/${lib}/src`]])),
});
