import { FsCore } from '../core/fs-core';
import { systemMicroClock } from '../events/event-factory';
import { FsEvent } from '../events/fs-event';
import { resolveOptions } from '../options';
import { tinyConf, TinyConf } from '../test-support/tiny-conf';

describe('api commands', () => {
  let conf: TinyConf;
  let core: FsCore;
  let fired: FsEvent[];

  beforeEach(() => {
    conf = tinyConf();
    const options = resolveOptions({
      confDir: conf.dir,
      env: {},
      coreVariables: { hostname: 'sim', core_uuid: 'u-1' },
    });
    core = new FsCore({ ...options, clock: systemMicroClock });
    fired = [];
    core.bus.subscribe((event) => fired.push(event));
  });

  afterEach(() => conf.remove());

  const sequenceNow = (): number =>
    Number(core.events.create('CLONE', { file: '', func: '', line: 0 }).getHeader('Event-Sequence'));

  it("global_getvar lists core variables first, then the configuration's, core_uuid last; or one value", () => {
    const lines = core.api('global_getvar').split('\n');
    expect(lines[0]).toBe('hostname=sim');
    expect(lines.slice(-3)).toEqual(['domain=example.org', 'core_uuid=u-1', '']);
    expect(core.api('global_getvar', 'domain')).toBe('example.org');
    expect(core.api('global_getvar', 'nothing')).toBe('');
  });

  it('xml_locate finds a section or a tag in it; creates (and drops) a REQUEST_PARAMS event', () => {
    const before = sequenceNow();
    expect(core.api('xml_locate', 'directory')).toBe(
      '<section name="directory" description="User Directory">\n    <domain name="example.org">\n' +
        '        <user id="1000"></user>\n\n  </domain>\n\n  </section>\n',
    );
    expect(sequenceNow() - before).toBe(3);
    expect(core.api('xml_locate', 'directory domain name EXAMPLE.ORG')).toMatch(
      /^<domain name="example.org">/,
    );
    expect(core.api('xml_locate', 'nosuch')).toBe("can't find anything\n");
    expect(core.api('xml_locate', 'directory domain')).toBe('-ERR bad args\n');
    expect(fired.map((event) => event.name)).toEqual(['API', 'API', 'API', 'API']);
  });

  it('xml_locate root prints the whole document and fires RELOADXML, as switch_xml_open_root does', () => {
    expect(core.api('xml_locate', 'root')).toMatch(/^<document type="freeswitch\/xml">\n[^]*<\/document>\n$/);
    expect(fired.map((event) => event.name)).toEqual(['RELOADXML', 'API']);
  });

  it('reloadxml re-reads the folder and fires RELOADXML', () => {
    conf.write('directory/2000.xml', '<include>\n  <domain name="other.org"/>\n</include>\n');
    expect(core.api('reloadxml')).toBe('+OK [Success]\n');
    expect(core.api('xml_locate', 'directory domain name other.org')).toBe(
      '<domain name="other.org"></domain>\n',
    );
    expect(fired.filter((event) => event.name === 'RELOADXML')).toHaveLength(1);
  });

  it('a failed reloadxml answers +OK with the error, fires nothing and keeps the loaded tree', () => {
    const broken =
      '<X-PRE-PROCESS cmd="set" data="seen=yes"/>\n<include>\n  <domain name="x">\n    <user id="1"\n  </domain>\n</include>\n';
    conf.write('directory/0.xml', broken);
    expect(core.api('reloadxml')).toBe('+OK [[error near line 4]: missing >]\n');
    expect(fired.map((event) => event.name)).toEqual(['API']);
    expect(core.api('xml_locate', 'directory domain name example.org')).toMatch(/^<domain/);
    expect(core.api('global_getvar', 'seen')).toBe('yes');
  });

  it('unknown commands: -ERR <cmd> Command not found!, with an API event all the same', () => {
    expect(core.api('nosuch', ' a  b ')).toBe('-ERR nosuch Command not found!\n');
    expect(fired[0].headers.slice(-2)).toEqual([
      ['API-Command', 'nosuch'],
      ['API-Command-Argument', 'a  b'],
    ]);
  });

  it.each([
    ['list', '+OK No active conferences.\n'],
    ['json_list', '[]'],
    ['count', '0'],
    ['xml_list', '<?xml version="1.0"?>\n<conferences></conferences>\n'],
    ['team lock', '-ERR Conference team not found\n'],
    ['nosuch kick all', '-ERR Conference nosuch not found\n'],
  ])('conference %s', (arg, output) => {
    expect(core.api('conference', arg)).toBe(output);
  });

  it.each([
    ['registrations as json', '{"row_count": 0}\n'],
    ['registrations as xml', '<result row_count="0"/>\n'],
    ['registrations', '\n0 total.\n'],
    ['registrations as yaml', '-ERR Cannot find format yaml\n'],
  ])('show %s', (arg, output) => {
    expect(core.api('show', arg)).toBe(output);
  });

  it('version, version short and status', () => {
    expect(core.api('version')).toBe(
      'FreeSWITCH Version 1.11.3-dev+git~20260821T141014Z~cc93a683ca~64bit (git cc93a68 2026-08-21 14:10:14Z 64bit)\n',
    );
    expect(core.api('version', 'short')).toBe('1.11.3\n');
    expect(core.api('status')).toMatch(
      /^UP 0 years, 0 days, 0 hours, 0 minutes, \d+ seconds?, \d+ milliseconds?, \d+ microseconds?\nFreeSWITCH \(Version 1\.11\.3-dev git cc93a68 2026-08-21 14:10:14Z 64bit\) is ready\n0 session\(s\) since startup\n/,
    );
  });
});
