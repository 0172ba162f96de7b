// Copies what the bundled connector (dist/connector.js) loads from node_modules at run time: the packages
// the bundle leaves out (modesl) and everything they depend on, from CHECKOUT/node_modules into
// RELEASE/node_modules, each at the same place, so that Node finds them as it did in the checkout.
//   node runtime-modules.mjs CHECKOUT RELEASE
import { cpSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const [checkout, release] = process.argv.slice(2);
if (!checkout || !release) {
  console.error('usage: runtime-modules.mjs CHECKOUT RELEASE');
  process.exit(2);
}
const external = ['modesl'];

/** The folder of package `name` as Node resolves it from `from`. */
function packageFolder(name, from) {
  const require = createRequire(join(from, 'package.json'));
  return dirname(require.resolve(`${name}/package.json`));
}

const copied = new Set();
const pending = external.map((name) => packageFolder(name, checkout));
while (pending.length > 0) {
  const folder = pending.pop();
  if (copied.has(folder)) continue;
  copied.add(folder);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    pending.push(packageFolder(dependency, folder));
  }
}
// node_modules may be a link; Node resolves packages to their real folders
const modules = realpathSync(join(checkout, 'node_modules'));
const names = [...copied].map((folder) => relative(modules, folder)).sort();
for (const name of names) {
  cpSync(join(modules, name), join(release, 'node_modules', name), {
    recursive: true,
    filter: (path) => !path.endsWith('/node_modules'),
  });
}
console.log(names.join(' '));
