import { CONTEXTS, type XmlState } from '@fscon/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLinphone } from './linphone';
import { provisioningBaseUrl } from './phone-input';
import { internalTlsPort, provisioningFilesFor, provisioningPaths, sipDomain } from './provisioning-files';
import { createProvisioningRenderer } from './renderer';
import { loadProvisioningTemplates } from './template-files';
import { SAMPLE_CONFERENCES, SAMPLE_PROVISIONING_URL, sampleUser } from './test-support/sample-state';
import { expectWellFormedXml, linphoneEntries, polycomDirectoryItems } from './test-support/xml-checks';

const renderer = createProvisioningRenderer(
  loadProvisioningTemplates((file) => readFileSync(join(__dirname, '..', 'templates', file), 'utf8')),
);
const xmlState: Pick<XmlState, 'globals' | 'conferences'> = {
  globals: { internal_tls_port: '3361', domain: '127.0.0.1' },
  conferences: SAMPLE_CONFERENCES,
};
const settings = { provisioningUrl: SAMPLE_PROVISIONING_URL };
const paths = (files: { path: string }[]) => files.map((file) => file.path);

describe('provisioningFilesFor', () => {
  it('gives a user with a Polycom phone the Linphone file and the three Polycom files', () => {
    const files = provisioningFilesFor(renderer, sampleUser('team'), xmlState, settings);
    expect(paths(files)).toEqual([
      'linphone/20001/linphone.xml',
      'polycom/0004f2a1b2c3/0004f2a1b2c3.cfg',
      'polycom/0004f2a1b2c3/allprov.cfg',
      'polycom/0004f2a1b2c3/0004f2a1b2c3-directory.xml',
    ]);
    files.forEach((file) => expectWellFormedXml(file.content));
  });

  it('gives a user without a Polycom phone only the Linphone file', () => {
    const files = provisioningFilesFor(
      renderer,
      sampleUser('public', { polymac: 'none' }),
      xmlState,
      settings,
    );
    expect(paths(files)).toEqual(['linphone/22000/linphone.xml']);
  });

  it('renders with the domain and the TLS port from the FreeSWITCH globals', () => {
    const user = sampleUser('friends');
    const [linphone] = provisioningFilesFor(renderer, user, xmlState, settings);
    const input = { user, conferences: SAMPLE_CONFERENCES, domain: '127.0.0.1', tlsPort: 3361, ...settings };
    expect(linphone.content).toBe(renderLinphone(renderer, input));
    expect(linphoneEntries(linphone.content).proxy_0.reg_proxy).toBe('<sip:127.0.0.1:3361;transport=tls>');
  });

  it('merges the phone’s current directory file', () => {
    const existing = '<directory><item_list><item><fn>mine</fn><ct>1</ct></item></item_list></directory>';
    const files = provisioningFilesFor(renderer, sampleUser('public'), xmlState, settings, existing);
    const directory = files.find((file) => file.path.endsWith('-directory.xml'))!;
    expect(polycomDirectoryItems(directory.content)[0]).toEqual({ fn: 'mine', ct: '1' });
  });

  it('gives the same files whatever order the conferences come in', () => {
    const reversed = { ...xmlState, conferences: [...SAMPLE_CONFERENCES].reverse() };
    for (const context of CONTEXTS) {
      const user = sampleUser(context);
      expect(provisioningFilesFor(renderer, user, reversed, settings)).toEqual(
        provisioningFilesFor(renderer, user, xmlState, settings),
      );
    }
  });

  it.each([['0004F2A1B2C3'], ['../../etc'], ['0004f2a1b2c'], ['']])('refuses the polymac %j', (polymac) => {
    expect(() => provisioningFilesFor(renderer, sampleUser('team', { polymac }), xmlState, settings)).toThrow(
      expect.objectContaining({ code: 'PROVISIONING.POLYMAC_INVALID' }),
    );
  });

  it.each([['../20000'], [''], ['20 000'], ['a/b']])('refuses the user id %j', (id) => {
    expect(() => provisioningPaths({ id, polymac: 'none' })).toThrow(
      expect.objectContaining({ code: 'PROVISIONING.USER_ID_INVALID' }),
    );
  });
});

describe('internalTlsPort', () => {
  it('reads the port', () => {
    expect(internalTlsPort({ internal_tls_port: '5061' })).toBe(5061);
  });

  it.each([
    [{}],
    [{ internal_tls_port: '' }],
    [{ internal_tls_port: '0' }],
    [{ internal_tls_port: '65536' }],
    [{ internal_tls_port: '3361x' }],
  ])('refuses %j', (globals) => {
    expect(() => internalTlsPort(globals)).toThrow(
      expect.objectContaining({ code: 'PROVISIONING.TLS_PORT_INVALID' }),
    );
  });
});

describe('sipDomain', () => {
  it('reads the domain', () => {
    expect(sipDomain({ domain: 'conf.example.org' })).toBe('conf.example.org');
  });

  it.each([[{}], [{ domain: '' }], [{ domain: 'conf example' }], [{ domain: '::1' }]])(
    'refuses %j',
    (globals) => {
      expect(() => sipDomain(globals)).toThrow(
        expect.objectContaining({ code: 'PROVISIONING.DOMAIN_INVALID' }),
      );
    },
  );
});

describe('provisioningBaseUrl', () => {
  it('leaves out the HTTPS default port and brackets IPv6 addresses', () => {
    expect(provisioningBaseUrl('conf.example.org', 443)).toBe('https://conf.example.org');
    expect(provisioningBaseUrl('conf.example.org', 8443)).toBe('https://conf.example.org:8443');
    expect(provisioningBaseUrl('::1', 8443)).toBe('https://[::1]:8443');
  });
});
