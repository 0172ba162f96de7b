/** The files FreeSWITCH and the connector read from the TLS folder, with their mode. */
export type TlsFileSet = Record<string, { text: string; mode: number }>;

const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\r?\n?/g;

/**
 * From a certificate chain (the server's certificate first) and its key: the connector's
 * fullchain.pem and privkey.pem; for FreeSWITCH agent.pem (SIP over TLS), wss.pem (secure WebSocket)
 * and dtls-srtp.pem (WebRTC media), each the chain and the key; cafile.pem, the chain without the
 * server's certificate (the certificate itself when it is self-signed).
 */
export function tlsFileSet(fullchain: string, privkey: string): TlsFileSet {
  const certificates = fullchain.match(CERTIFICATE) ?? [];
  if (certificates.length === 0) throw new Error('the certificate file holds no certificate');
  const chain = ensureNewline(certificates.join(''));
  const key = ensureNewline(privkey);
  const pair = { text: chain + key, mode: 0o600 };
  const issuers = certificates.length > 1 ? certificates.slice(1) : certificates;
  return {
    'fullchain.pem': { text: chain, mode: 0o644 },
    'privkey.pem': { text: key, mode: 0o600 },
    'agent.pem': pair,
    'wss.pem': pair,
    'dtls-srtp.pem': pair,
    'cafile.pem': { text: ensureNewline(issuers.join('')), mode: 0o644 },
  };
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
