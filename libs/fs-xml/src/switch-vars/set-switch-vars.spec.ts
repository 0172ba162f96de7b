import { setSwitchVars } from './set-switch-vars';

const VARS = `<include>
  <!-- a comment -->
  <X-PRE-PROCESS cmd="set" data="domain=$\${local_ip_v4}"/>
  <X-PRE-PROCESS cmd="set" data="internal_sip_port=5060"/>
  <X-PRE-PROCESS cmd="set" data="es_pw=ClueCon"/>
</include>
`;

describe('setSwitchVars', () => {
  it('replaces the value of each named line and keeps every other line as it was', () => {
    const text = setSwitchVars(VARS, { internal_sip_port: '15060' });
    expect(text).toBe(VARS.replace('internal_sip_port=5060', 'internal_sip_port=15060'));
  });

  it('adds a line for a name the file does not set, before the closing tag', () => {
    const text = setSwitchVars(VARS, { rtp_start_port: '40000' });
    expect(text).toMatch(
      /es_pw=ClueCon"\/>\n {2}<X-PRE-PROCESS cmd="set" data="rtp_start_port=40000"\/>\n<\/include>\n$/,
    );
  });

  it('sets the first names on the first line inside <include>, ahead of every use', () => {
    const text = setSwitchVars(VARS, {}, { local_ip_v4: '127.0.0.1' });
    expect(text.split('\n').slice(0, 2)).toEqual([
      '<include>',
      '  <X-PRE-PROCESS cmd="set" data="local_ip_v4=127.0.0.1"/>',
    ]);
  });

  it('escapes values so that they stay one attribute and expand nothing', () => {
    const text = setSwitchVars(VARS, { es_pw: 'a"b<c&d/>$${es_pw}' });
    expect(text).toContain('data="es_pw=a&quot;b&lt;c&amp;d/&gt;&#36;&#36;{es_pw}"');
  });

  it('keeps the spaces that begin a value, which the pre-processor would drop', () => {
    expect(setSwitchVars(VARS, { es_pw: '  pw ' })).toContain('data="es_pw=&#32;&#32;pw "');
  });

  it('writes a value containing $ as a replacement pattern would not', () => {
    expect(setSwitchVars(VARS, { es_pw: "$&$'" })).toContain('data="es_pw=&#36;&amp;&#36;&#39;"');
  });
});
