import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GlobalVariables } from './global-variables';
import { Preprocessor } from './preprocessor';

describe('Preprocessor', () => {
  let dir: string;
  const write = (file: string, content: string): void => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  const run = (variables = new GlobalVariables(), env = {}): string | undefined =>
    new Preprocessor(variables, env).run(dir, join(dir, 'freeswitch.xml'));

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fs-pre-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces an include line with the matching files in byte order, without their <include> lines', () => {
    write('freeswitch.xml', '<document>\n  <X-PRE-PROCESS cmd="include" data="parts/*.xml"/>\n</document>\n');
    write('parts/b.xml', '<include>\n  <b/>\n</include>\n');
    write('parts/B.xml', '<include>\n  <B/>\n</include>\n');
    write('parts/a.xml', '<?xml version="1.0"?>\n<include>\n  <a/>\n</include>\n');
    write('parts/.hidden.xml', '<hidden/>\n');
    write('parts/c.txt', '<c/>\n');
    expect(run()).toBe('<document>\n  <B/>\n  <a/>\n  <b/>\n</document>\n');
  });

  it('resolves nested includes relative to the including file', () => {
    write('freeswitch.xml', '<X-PRE-PROCESS cmd="include" data="directory/*.xml"/>\n');
    write('directory/default.xml', '<users>\n<X-PRE-PROCESS cmd="include" data="team/*.xml"/>\n</users>\n');
    write('directory/team/1.xml', '<user id="1"/>\n');
    expect(run()).toBe('<users>\n<user id="1"/>\n</users>\n');
  });

  it('sets variables in file order, so only later lines see them, and trims around "="', () => {
    write(
      'freeswitch.xml',
      '<a v="$${x}"/>\n<X-PRE-PROCESS cmd="set" data="x =  one"/>\n<b v="$${x}" w="$${none}"/>\n',
    );
    const variables = new GlobalVariables();
    expect(run(variables)).toBe('<a v=""/>\n<b v="one" w=""/>\n');
    expect(variables.dump()).toBe('x=one\n');
  });

  it('expands variables inside the set data and drops everything else on an X-PRE-PROCESS line', () => {
    write(
      'freeswitch.xml',
      '<X-PRE-PROCESS cmd="set" data="a=1"/>\nbefore <X-PRE-PROCESS cmd="set" data="b=$${a}2"/> after\n',
    );
    const variables = new GlobalVariables();
    expect(run(variables)).toBe('');
    expect(variables.get('b')).toBe('12');
  });

  it('takes env-set values from the environment and runs <!--#set--> directives', () => {
    write('freeswitch.xml', 'x<!--#set "d=4"-->y\n<X-PRE-PROCESS cmd="env-set" data="e=$HOME_X"/>\n');
    const variables = new GlobalVariables();
    expect(run(variables, { HOME_X: 'from-env' })).toBe('xy\n');
    expect(variables.get('d')).toBe('4');
    expect(variables.get('e')).toBe('from-env');
  });

  it('returns undefined when the root file cannot be read, and ignores includes that match nothing', () => {
    expect(run()).toBeUndefined();
    write('freeswitch.xml', '<X-PRE-PROCESS cmd="include" data="missing/*.xml"/>\n<a/>\n');
    expect(run()).toBe('<a/>\n');
  });
});
