import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The key a client address is counted under. An IPv4 address (also written as IPv4-mapped IPv6) is its
 * own key; an IPv6 address counts under its /64 prefix, since one host commonly holds a whole /64 and
 * could otherwise take a fresh address for every guess.
 */
export function addressKey(address: string): string {
  const mapped = IPV4_MAPPED.exec(address);
  if (mapped !== null) return mapped[1]!;
  const withoutZone = address.split('%')[0]!;
  if (!isIPv6(withoutZone)) return address;
  return `${ipv6Groups(withoutZone).slice(0, 4).join(':')}::/64`;
}

/** A user name as a key; a long one is hashed, so what the limiters hold stays small. */
export function nameKey(name: string): string {
  return name.length <= 64 ? name : createHash('sha256').update(name).digest('base64');
}

/** The key of one address trying one name (an address key holds no space). */
export function pairKey(address: string, name: string): string {
  return `${addressKey(address)} ${nameKey(name)}`;
}

/** The eight 16-bit groups of a valid IPv6 address, in lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':').flatMap(ipv4AsGroups));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}

/** An embedded dotted IPv4 tail (`::ffff:1.2.3.4`, `64:ff9b::1.2.3.4`) as its two groups. */
function ipv4AsGroups(part: string): string[] {
  if (!part.includes('.')) return [part];
  const [a, b, c, d] = part.split('.').map(Number) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
