// Copies the packages the bundled connector still loads from node_modules at run time (those
// scripts/build-connector.mjs leaves external and that are installed), with every package they depend
// on, from ROOT/node_modules into TARGET/node_modules, keeping npm's layout.
// Usage: node scripts/container/runtime-modules.mjs ROOT TARGET PACKAGE...
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const [root, target, ...wanted] = process.argv.slice(2);
if (!root || !target || wanted.length === 0) {
  console.error('usage: runtime-modules.mjs ROOT TARGET PACKAGE...');
  process.exit(2);
}

/** The folder node would load `name` from when required inside `from`. */
function locate(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) throw new Error(`${name} is not installed below ${from}`);
  }
}

const copied = new Set();
const queue = wanted.map((name) => locate(name, root));
while (queue.length > 0) {
  const dir = queue.pop();
  if (copied.has(dir)) continue;
  copied.add(dir);
  cpSync(dir, join(target, relative(root, dir)), { recursive: true });
  const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  queue.push(...Object.keys(dependencies).map((name) => locate(name, dir)));
}
console.log(`runtime modules: ${[...copied].map((dir) => relative(root, dir)).join(', ')}`);
