import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MODULES_CONF = join(
  __dirname,
  '..',
  '..',
  '..',
  'etc-freeswitch',
  'autoload_configs',
  'modules.conf.xml',
);

/** The modules etc-freeswitch loads, plus the two install-freeswitch.sh builds besides them. */
export function wantedModules(): string[] {
  const conf = readFileSync(MODULES_CONF, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  return [...conf.matchAll(/<load\s+module="([^"]+)"/g)]
    .map((match) => match[1]!)
    .concat('mod_expr', 'mod_say_en');
}

/** Writes an executable file, making its folder. */
export function writeExecutable(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

/** The folders of a FreeSWITCH installation, with stand-ins for its programs and the given modules. */
export function writeStandInInstallation(dir: string, modules: string[]): void {
  for (const program of ['freeswitch', 'fs_cli']) {
    writeExecutable(join(dir, 'bin', program), '#!/bin/sh\necho "FreeSWITCH version: 1.10.99 (stand-in)"\n');
  }
  mkdirSync(join(dir, 'lib', 'freeswitch', 'mod'), { recursive: true });
  mkdirSync(join(dir, 'share'), { recursive: true });
  for (const module of modules) writeFileSync(join(dir, 'lib', 'freeswitch', 'mod', `${module}.so`), '');
}

/**
 * A source folder with sofia-sip/, spandsp/ and freeswitch/ trees whose bootstrap.sh, configure and
 * Makefile only write what they are asked to do into `calls.log` beside the trees; FreeSWITCH's
 * `make install` copies a stand-in installation into the prefix. Returns the log's path.
 */
export function writeStandInSources(src: string): string {
  const log = join(src, 'calls.log');
  writeStandInInstallation(join(src, 'installed'), wantedModules());
  for (const tree of ['sofia-sip', 'spandsp', 'freeswitch']) {
    const dir = join(src, tree);
    const install = tree === 'freeswitch' ? `\tcp -r '${src}/installed/.' "$prefix"\n` : '';
    writeExecutable(join(dir, 'bootstrap.sh'), `#!/bin/sh\necho "${tree} bootstrap $*" >>'${log}'\n`);
    writeExecutable(
      join(dir, 'configure'),
      `#!/bin/sh
echo "${tree} configure $*" >>'${log}'
prefix=$(printf '%s\\n' "$@" | sed -n 's/^--prefix=//p')
cat >Makefile <<MAKE
all:
\techo "${tree} make" >>'${log}'
install:
\techo "${tree} make install" >>'${log}'
${install}MAKE
`,
    );
    writeFileSync(
      join(dir, 'configure.ac'),
      'PKG_CHECK_MODULES([SPANDSP], [spandsp >= 3.1.1])\nPKG_CHECK_MODULES([SOFIA_SIP], [sofia-sip-ua >= 1.13.18])\n',
    );
  }
  for (const module of wantedModules()) {
    mkdirSync(join(src, 'freeswitch', 'src', 'mod', 'stand-in', module), { recursive: true });
  }
  return log;
}
