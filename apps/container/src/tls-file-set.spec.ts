import { tlsFileSet } from './tls-file-set';

const cert = (name: string) => `-----BEGIN CERTIFICATE-----\n${name}\n-----END CERTIFICATE-----\n`;
const KEY = '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----';

describe('tlsFileSet', () => {
  it('makes every file FreeSWITCH and the connector read from a chain and its key', () => {
    const files = tlsFileSet(cert('server') + cert('intermediate'), KEY);
    const pair = cert('server') + cert('intermediate') + `${KEY}\n`;
    expect(files).toEqual({
      'fullchain.pem': { text: cert('server') + cert('intermediate'), mode: 0o644 },
      'privkey.pem': { text: `${KEY}\n`, mode: 0o600 },
      'agent.pem': { text: pair, mode: 0o600 },
      'wss.pem': { text: pair, mode: 0o600 },
      'dtls-srtp.pem': { text: pair, mode: 0o600 },
      'cafile.pem': { text: cert('intermediate'), mode: 0o644 },
    });
  });

  it('takes a self-signed certificate as its own CA file', () => {
    expect(tlsFileSet(cert('self'), KEY)['cafile.pem']!.text).toBe(cert('self'));
  });

  it('refuses a certificate file without a certificate', () => {
    expect(() => tlsFileSet(KEY, KEY)).toThrow('the certificate file holds no certificate');
  });
});
