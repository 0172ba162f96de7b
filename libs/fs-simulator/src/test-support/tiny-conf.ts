import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TinyConf {
  dir: string;
  write(file: string, content: string): void;
  remove(): void;
}

/** A small configuration folder: a variable, a directory with one user, an empty dialplan. */
export function tinyConf(): TinyConf {
  const dir = mkdtempSync(join(tmpdir(), 'fs-sim-conf-'));
  const write = (file: string, content: string): void => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  write(
    'freeswitch.xml',
    '<?xml version="1.0"?>\n<document type="freeswitch/xml">\n' +
      '  <X-PRE-PROCESS cmd="set" data="domain=example.org"/>\n' +
      '  <section name="directory" description="User Directory">\n' +
      '    <X-PRE-PROCESS cmd="include" data="directory/*.xml"/>\n  </section>\n' +
      '  <section name="dialplan" description="Regex/XML Dialplan"/>\n</document>\n',
  );
  write(
    'directory/1000.xml',
    '<include>\n  <domain name="$${domain}">\n    <user id="1000"/>\n  </domain>\n</include>\n',
  );
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
