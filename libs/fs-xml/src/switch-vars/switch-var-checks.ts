/** Says what is wrong with a value, or nothing when it is good. */
export type SwitchVarCheck = (value: string) => string | undefined;

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const CODEC = /^[A-Za-z0-9][A-Za-z0-9_.-]*(?:@\d+[a-z]?)*$/;
const TLS_VERSIONS = ['tlsv1', 'tlsv1.1', 'tlsv1.2', 'tlsv1.3'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const isIpv4 = (value: string): boolean => IPV4.test(value);
const isHostName = (value: string): boolean => HOST_NAME.test(value) && !/^[\d.]+$/.test(value);

function isIpv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || !value.includes(':')) return false;
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

function isPort(value: string): boolean {
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535;
}

const when =
  (test: (value: string) => boolean, message: string): SwitchVarCheck =>
  (value) =>
    test(value) ? undefined : message;

export const port = when(isPort, 'must be a port number from 1 to 65535');

export const bool = when((value) => value === 'true' || value === 'false', 'must be true or false');

export const hostOrIpv4 = when(
  (value) => isIpv4(value) || isHostName(value),
  'must be a host name or an IPv4 address',
);

/** A SIP gateway's address: `HOST` or `HOST:PORT`. */
export const hostAndPort = when((value) => {
  const colon = value.lastIndexOf(':');
  const host = colon < 0 ? value : value.slice(0, colon);
  return (isIpv4(host) || isHostName(host)) && (colon < 0 || isPort(value.slice(colon + 1)));
}, 'must be HOST or HOST:PORT (a host name or an IPv4 address)');

export const ipAddress = when((value) => isIpv4(value) || isIpv6(value), 'must be an IPv4 or IPv6 address');

/** What sofia takes for ext-sip-ip / ext-rtp-ip. */
export const externalAddress = when(
  (value) =>
    isIpv4(value) ||
    value === 'auto-nat' ||
    (value.startsWith('autonat:') && isIpv4(value.slice(8))) ||
    (value.startsWith('host:') && isHostName(value.slice(5))) ||
    (/^stun:[^:]+(?::\d{1,5})?$/.test(value) && isHostName(value.slice(5).split(':')[0]!)),
  'must be an IPv4 address, auto-nat, autonat:IPv4, stun:HOST[:PORT] or host:HOSTNAME',
);

export const codecList = when(
  (value) => value.split(',').every((codec) => CODEC.test(codec)),
  'must be a comma-separated list of codecs such as OPUS,G722,PCMU@20i',
);

export const tlsVersions = when(
  (value) => {
    const versions = value.split(',');
    return new Set(versions).size === versions.length && versions.every((v) => TLS_VERSIONS.includes(v));
  },
  `must be a comma-separated list of ${TLS_VERSIONS.join(', ')}`,
);

export const cipherList = when(
  (value) => /^[A-Za-z0-9!+:@._=-]+$/.test(value),
  'must be an OpenSSL cipher list (letters, digits and !+:@._=-)',
);

export const secret = when(
  (value) => value.length <= 256 && !CONTROL.test(value) && value.trim() === value,
  'must be at most 256 characters without control characters or surrounding spaces',
);

export const pin = when((value) => /^\d{1,16}$/.test(value), 'must be 1 to 16 digits');

export const absolutePath = when(
  (value) => value.startsWith('/') && value.length <= 1024 && !CONTROL.test(value),
  'must be an absolute path',
);

/** sofia's wss-binding: `:PORT` on every address, or `ADDRESS:PORT`. */
export const wssBinding = when((value) => {
  const colon = value.lastIndexOf(':');
  const host = value.slice(0, colon);
  const hostOk = host === '' || isIpv4(host) || (/^\[.*\]$/.test(host) && isIpv6(host.slice(1, -1)));
  return colon !== -1 && hostOk && isPort(value.slice(colon + 1));
}, 'must be :PORT or ADDRESS:PORT');

/** The port of a wss-binding value. */
export const wssPort = (binding: string): string => binding.slice(binding.lastIndexOf(':') + 1);
