import { parseCredentialsHeader, type AuthParams } from './auth-params';
import { parseDigestAlgorithm, type DigestAlgorithm } from './digest-hash';

/** The parameters of an `Authorization: Digest ...` header that the server uses. */
export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  algorithm: DigestAlgorithm;
  qop?: string;
  nc?: string;
  cnonce?: string;
  opaque?: string;
  userhash: boolean;
}

const EXT_VALUE = /^([A-Za-z0-9!#$%&+\-^_`{}~]+)'[A-Za-z0-9-]*'(.*)$/;

/**
 * Parses an `Authorization` header value as Node presents it (each byte as one Latin-1 character).
 * Parameters may come in any order, quoted or not. Anything else than complete Digest credentials with
 * a supported algorithm gives undefined; this function never throws.
 */
export function parseDigestCredentials(header: string | undefined): DigestCredentials | undefined {
  if (header === undefined) return undefined;
  const parsed = parseCredentialsHeader(header);
  if (parsed === undefined || parsed.scheme.toLowerCase() !== 'digest') return undefined;
  const { params } = parsed;
  const username = readUsername(params);
  const realm = params.get('realm');
  const nonce = params.get('nonce');
  const uri = params.get('uri');
  const response = params.get('response');
  const algorithm = parseDigestAlgorithm(params.get('algorithm'));
  const userhash = params.get('userhash')?.toLowerCase();
  if (
    username === undefined ||
    realm === undefined ||
    nonce === undefined ||
    uri === undefined ||
    response === undefined ||
    algorithm === undefined ||
    (userhash !== undefined && userhash !== 'true' && userhash !== 'false')
  ) {
    return undefined;
  }
  return {
    username,
    realm,
    nonce,
    uri,
    response,
    algorithm,
    qop: params.get('qop'),
    nc: params.get('nc'),
    cnonce: params.get('cnonce'),
    opaque: params.get('opaque'),
    userhash: userhash === 'true',
  };
}

/** `username`, or the RFC 8187 encoded `username*`; never both (RFC 7616 §3.4). */
function readUsername(params: AuthParams): string | undefined {
  const plain = params.get('username');
  const extended = params.get('username*');
  if (plain !== undefined) return extended === undefined ? decodeUtf8Octets(plain) : undefined;
  return extended === undefined ? undefined : decodeExtValue(extended);
}

/** `UTF-8''J%C3%A4s%C3%B8n` → `Jäsøn`; ISO-8859-1 is the other charset RFC 8187 names. */
function decodeExtValue(value: string): string | undefined {
  const match = EXT_VALUE.exec(value);
  if (!match) return undefined;
  const charset = match[1]!.toLowerCase();
  const octets = percentDecode(match[2]!);
  if (octets === undefined) return undefined;
  if (charset === 'iso-8859-1') return octets.toString('latin1');
  return charset === 'utf-8' ? decodeUtf8(octets) : undefined;
}

function percentDecode(encoded: string): Buffer | undefined {
  if (!/^(?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-Fa-f]{2})*$/.test(encoded)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 1) {
    if (encoded[i] === '%') {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(encoded.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/**
 * Clients such as curl send a UTF-8 user name as raw bytes, which Node hands over one Latin-1 character
 * per byte. Such a value is decoded as UTF-8; a value that is not valid UTF-8 is kept as it came.
 */
function decodeUtf8Octets(value: string): string {
  if (!/[\x80-\xff]/.test(value) || /[\u0100-\uffff]/.test(value)) return value;
  return decodeUtf8(Buffer.from(value, 'latin1')) ?? value;
}

function decodeUtf8(octets: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(octets);
  } catch {
    return undefined;
  }
}
