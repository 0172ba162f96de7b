import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLinphone } from './linphone';
import type { PhoneInput } from './phone-input';
import { createProvisioningRenderer } from './renderer';
import { loadProvisioningTemplates } from './template-files';
import {
  HOSTILE_NAME,
  HOSTILE_PASSWORD,
  SAMPLE_CONFERENCES,
  SAMPLE_DOMAIN,
  SAMPLE_PROVISIONING_URL,
  sampleUser,
} from './test-support/sample-state';
import { expectWellFormedXml, linphoneEntries } from './test-support/xml-checks';
import { sipQuoted, xmlLine } from './xml-text';

const renderer = createProvisioningRenderer(
  loadProvisioningTemplates((file) => readFileSync(join(__dirname, '..', 'templates', file), 'utf8')),
);

function input(overrides: Partial<PhoneInput> = {}): PhoneInput {
  return {
    user: sampleUser('friends'),
    conferences: SAMPLE_CONFERENCES,
    domain: SAMPLE_DOMAIN,
    tlsPort: 5061,
    provisioningUrl: SAMPLE_PROVISIONING_URL,
    ...overrides,
  };
}

describe('renderLinphone', () => {
  const entries = linphoneEntries(renderLinphone(renderer, input()));

  it('registers the user over TLS every hour with the internal TLS port', () => {
    expect(entries.proxy_0).toMatchObject({
      reg_proxy: '<sip:conf.example.org:5061;transport=tls>',
      reg_identity: '"friendsuser" <sip:21000@conf.example.org:5061>',
      reg_expires: '3600',
      reg_sendregister: '1',
    });
  });

  it('authenticates with the user id and password in the realm of the domain', () => {
    expect(entries.auth_info_0).toEqual({
      username: '21000',
      passwd: 'pw21000x',
      realm: 'conf.example.org',
      domain: 'conf.example.org',
    });
  });

  it('encrypts media with SRTP and enables G722 first', () => {
    expect(entries.sip.media_encryption).toBe('srtp');
    expect(entries.audio_codec_0).toEqual({ mime: 'G722', rate: '8000', channels: '1', enabled: '1' });
  });

  it('lists one contact per conference the context may see, numbered from 0', () => {
    const friends = Object.keys(entries).filter((name) => name.startsWith('friend_'));
    expect(friends).toEqual(['friend_0', 'friend_1', 'friend_2', 'friend_3']);
    expect(entries.friend_0).toEqual({
      url: '"friends_conf 16kHz-novideo" <sip:31000@conf.example.org:5061>',
      pol: 'accept',
      subscribe: '0',
    });
    expect(entries.friend_3.url).toBe('"public_lobby 16kHz-novideo" <sip:32001@conf.example.org:5061>');
  });

  it('points the phone back at /linphone, with the port when there is one', () => {
    expect(entries.misc['config-uri']).toBe('https://conf.example.org/linphone');
    const withPort = linphoneEntries(
      renderLinphone(renderer, input({ provisioningUrl: 'https://h.example:8443/' })),
    );
    expect(withPort.misc['config-uri']).toBe('https://h.example:8443/linphone');
  });

  it('keeps a hostile name and password inside their entries', () => {
    const xml = renderLinphone(
      renderer,
      input({ user: sampleUser('public', { name: HOSTILE_NAME, password: HOSTILE_PASSWORD }) }),
    );
    expectWellFormedXml(xml);
    const hostile = linphoneEntries(xml);
    expect(Object.keys(hostile.proxy_0)).not.toContain('x');
    expect(hostile.proxy_0.reg_identity).toBe('"\\"/><entry name=\\"x" <sip:22000@conf.example.org:5061>');
    expect(hostile.auth_info_0.passwd).toBe(HOSTILE_PASSWORD);
  });

  it('stays well-formed and carries any values through unchanged', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(text, text, text, (name, password, conferenceName) => {
        const user = sampleUser('public', { name, password });
        const conferences = [{ num: '32005', name: conferenceName, type: 'x', context: 'public' as const }];
        const xml = renderLinphone(renderer, input({ user, conferences }));
        expectWellFormedXml(xml);
        const parsed = linphoneEntries(xml);
        expect(parsed.auth_info_0.passwd).toBe(xmlLine(password));
        expect(parsed.proxy_0.reg_identity).toBe(
          `"${sipQuoted(xmlLine(name))}" <sip:22000@conf.example.org:5061>`,
        );
        expect(parsed.friend_0.url).toBe(
          `"${sipQuoted(xmlLine(`${conferenceName} x`))}" <sip:32005@conf.example.org:5061>`,
        );
      }),
    );
  });
});
