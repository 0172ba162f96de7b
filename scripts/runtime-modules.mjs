// Copies what the bundled connector (dist/connector.js) loads from node_modules at run time: the packages
// the bundle leaves out (RUNTIME_PACKAGES) and everything they depend on, from CHECKOUT/node_modules into
// RELEASE/node_modules, each at the same place, so that Node finds them as it did in the checkout.
// Used by the container image and the bare-metal install.
//   node scripts/runtime-modules.mjs CHECKOUT RELEASE
import { cpSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { RUNTIME_PACKAGES } from './connector-externals.mjs';

const [checkout, release] = process.argv.slice(2).map((path) => resolve(path));
if (!checkout || !release) {
  console.error('usage: runtime-modules.mjs CHECKOUT RELEASE');
  process.exit(2);
}

/** The folder of package `name` as Node resolves it from `from`. */
function packageFolder(name, from) {
  const require = createRequire(join(from, 'package.json'));
  return dirname(require.resolve(`${name}/package.json`));
}

/** Dependencies that only install a package (fetch its prebuilt binary); nothing loads them at run time. */
const INSTALL_TIME_ONLY = new Set(['prebuild-install']);

/**
 * Of a compiled package (one with a binding.gyp), its C/C++ sources and the build's intermediate files
 * are not needed at run time: only the modules in build/Release.
 */
function isBuildLeftover(path, packageFolder) {
  if (!existsSync(join(packageFolder, 'binding.gyp'))) return false;
  const inside = relative(packageFolder, path);
  if (inside === 'deps' || inside === 'src') return true;
  if (!inside.startsWith('build')) return false;
  return (
    !['build', join('build', 'Release')].includes(inside) && !/^build\/Release\/[^/]+\.node$/.test(inside)
  );
}

const copied = new Set();
const pending = RUNTIME_PACKAGES.map((name) => packageFolder(name, checkout));
while (pending.length > 0) {
  const folder = pending.pop();
  if (copied.has(folder)) continue;
  copied.add(folder);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    if (INSTALL_TIME_ONLY.has(dependency)) continue;
    pending.push(packageFolder(dependency, folder));
  }
}
// node_modules may be a link; Node resolves packages to their real folders
const modules = realpathSync(join(checkout, 'node_modules'));
const names = [...copied].map((folder) => relative(modules, folder)).sort();
for (const name of names) {
  const source = join(modules, name);
  cpSync(source, join(release, 'node_modules', name), {
    recursive: true,
    // nested node_modules come from the dependency walk; source maps are for the packages' developers
    filter: (path) =>
      !path.endsWith('/node_modules') && !path.endsWith('.map') && !isBuildLeftover(path, source),
  });
}
console.log(names.join(' '));
