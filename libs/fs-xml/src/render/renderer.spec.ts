import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConfigFileRenderer } from './renderer';
import { FsXmlRenderError } from './fs-xml-escape';
import { FS_XML_TEMPLATE_FILES, loadFsXmlTemplates } from './template-files';

const REPO = join(__dirname, '..', '..', '..', '..');
const templates = loadFsXmlTemplates((file) =>
  readFileSync(join(__dirname, '..', '..', 'templates', file), 'utf8'),
);
const renderer = createConfigFileRenderer(templates);
const demoFile = (path: string) => readFileSync(join(REPO, 'config', 'demo', path), 'utf8');

describe('createConfigFileRenderer', () => {
  it('refuses a template set with a template missing, naming it', () => {
    const { [FS_XML_TEMPLATE_FILES.user]: _left, ...rest } = templates;
    expect(() => createConfigFileRenderer(rest)).toThrow(/directory-user\.xml\.njk/);
  });

  it('writes a team user exactly like the shipped user files, the default pin as a reference', () => {
    const xml = renderer.user({
      id: '20001',
      password: 'pw20001',
      context: 'team',
      name: 'teamuser2',
      email: 'team2@example.org',
      polymac: '0004f2aabbcc',
      conpin: { reference: 'modconpin' },
    });
    expect(xml).toBe(demoFile('directory/team/20001.xml'));
  });

  it('gives public users the mute flags and writes a chosen pin as a value', () => {
    const xml = renderer.user({
      id: '22000',
      password: 'pw22000',
      context: 'public',
      name: 'publicuser',
      email: 'public@example.org',
      polymac: 'none',
      conpin: { reference: 'defconpin' },
    });
    expect(xml).toBe(demoFile('directory/public/22000.xml'));
    const chosen = renderer.user({
      id: '21005',
      password: 'x',
      context: 'friends',
      name: 'f',
      email: 'f@example.org',
      polymac: 'none',
      conpin: { value: '4711' },
    });
    expect(chosen).toContain('<variable name="conpin" value="4711"/>');
    expect(chosen).toContain('<variable name="conf_flags" value="moderator|mute-detect"/>');
  });

  it('writes a 16 kHz conference extension exactly like the shipped ones', () => {
    const xml = renderer.conference({ num: '30000', name: 'team_g722', type: '16kHz-novideo' });
    expect(xml).toBe(demoFile('dialplan/conferences/30000.xml'));
  });

  it('offers OPUS and VP8 in a 48 kHz video conference', () => {
    expect(renderer.conference({ num: '32001', name: 'video.room-1', type: '48kHz-video' })).toBe(
      [
        '<include>',
        '  <extension name="video.room-1">',
        '    <condition field="destination_number" expression="32001">',
        '      <action application="set" data="codec_string=OPUS,VP8"/>',
        '      <action application="answer"/>',
        '      <action application="conference" data="video.room-1@48kHz-video++flags{${conf_flags}}"/>',
        '    </condition>',
        '  </extension>',
        '</include>',
        '',
      ].join('\n'),
    );
  });

  it('refuses a conference type it has no extension for', () => {
    expect(() => renderer.conference({ num: '30001', name: 'x', type: 'custom' })).toThrow(FsXmlRenderError);
  });

  it('escapes values so they stay inside their attribute and out of the preprocessor', () => {
    const xml = renderer.user({
      id: '20002',
      password: `$\${ES_PW}'`,
      context: 'team',
      name: '"/><param name="x" value="y',
      email: 'a<X-PRE-PROCESS cmd="set" data="a=b"/>@b.c',
      polymac: 'none',
      conpin: { value: '1&2' },
    });
    expect(xml).toContain('value="&#36;&#36;{ES_PW}&#39;"');
    expect(xml).toContain('value="&quot;/&gt;&lt;param name=&quot;x&quot; value=&quot;y"');
    expect(xml).toContain(
      'value="a&lt;X&#45;PRE&#45;PROCESS cmd=&quot;set&quot; data=&quot;a=b&quot;/&gt;@b.c"',
    );
    expect(xml).toContain('value="1&amp;2"');
    expect(xml.match(/<param /g)).toHaveLength(2);
  });
});
