import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPolycomAllprov, renderPolycomMaster } from './polycom';
import { createProvisioningRenderer } from './renderer';
import { loadProvisioningTemplates } from './template-files';
import {
  HOSTILE_NAME,
  HOSTILE_PASSWORD,
  SAMPLE_DOMAIN,
  SAMPLE_PROVISIONING_URL,
  sampleUser,
} from './test-support/sample-state';
import {
  expectWellFormedXml,
  polycomAllAttributes,
  polycomMasterAttributes,
} from './test-support/xml-checks';
import { xmlLine } from './xml-text';

const renderer = createProvisioningRenderer(
  loadProvisioningTemplates((file) => readFileSync(join(__dirname, '..', 'templates', file), 'utf8')),
);
const base = { domain: SAMPLE_DOMAIN, tlsPort: 3361, provisioningUrl: SAMPLE_PROVISIONING_URL };

describe('renderPolycomMaster', () => {
  it('loads sip.ld and allprov.cfg from under the provisioning URL', () => {
    const attributes = polycomMasterAttributes(
      renderPolycomMaster(renderer, { provisioningUrl: 'https://h:8443' }),
    );
    expect(attributes.APP_FILE_PATH).toBe('https://h:8443/polycom/sip.ld');
    expect(attributes.CONFIG_FILES).toBe('https://h:8443/polycom/allprov.cfg');
    expect(attributes.MISC_FILES).toBe('');
  });
});

describe('renderPolycomAllprov', () => {
  const all = polycomAllAttributes(renderPolycomAllprov(renderer, { ...base, user: sampleUser('team') }));

  it('registers line 1 as the user over TLS on the internal TLS port', () => {
    expect(all).toMatchObject({
      'reg.1.address': '20001',
      'reg.1.auth.userId': '20001',
      'reg.1.auth.password': 'pw20001x',
      'reg.1.displayName': 'teamuser',
      'reg.1.server.1.address': 'conf.example.org',
      'reg.1.server.1.port': '3361',
      'reg.1.server.1.transport': 'TLS',
    });
  });

  it('offers SRTP and prefers G722', () => {
    expect(all['sec.srtp.enable']).toBe('1');
    expect(all['sec.srtp.offer']).toBe('1');
    const preferences = Object.entries(all)
      .filter(([name]) => name.startsWith('voice.codecPref.'))
      .sort(([, a], [, b]) => Number(a) - Number(b));
    expect(preferences[0]).toEqual(['voice.codecPref.G722', '1']);
  });

  it('provisions over HTTPS from the polycom route with the user login', () => {
    expect(all).toMatchObject({
      'device.set': '1',
      'device.prov.serverType.set': '1',
      'device.prov.serverType': 'HTTPS',
      'device.prov.serverName.set': '1',
      'device.prov.serverName': 'https://conf.example.org/polycom',
      'device.prov.user': 'teamuser',
      'device.prov.password': 'pw20001x',
    });
  });

  it('keeps hostile values inside their attributes', () => {
    const user = sampleUser('public', { name: HOSTILE_NAME, password: HOSTILE_PASSWORD });
    const xml = renderPolycomAllprov(renderer, { ...base, user });
    expectWellFormedXml(xml);
    const hostile = polycomAllAttributes(xml);
    expect(hostile['reg.1.displayName']).toBe(HOSTILE_NAME);
    expect(hostile['reg.1.auth.password']).toBe(HOSTILE_PASSWORD);
    expect(Object.keys(hostile)).not.toContain('name');
  });

  it('stays well-formed and carries any values through unchanged', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(text, text, (name, password) => {
        const xml = renderPolycomAllprov(renderer, {
          ...base,
          user: sampleUser('friends', { name, password }),
        });
        expectWellFormedXml(xml);
        const parsed = polycomAllAttributes(xml);
        expect(parsed['reg.1.displayName']).toBe(xmlLine(name));
        expect(parsed['device.prov.password']).toBe(xmlLine(password));
      }),
    );
  });
});
