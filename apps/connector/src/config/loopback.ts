import { isIPv4 } from 'node:net';

/** Whether an IP address (as validated by @IsIP) is a loopback address: 127.0.0.0/8, ::1 or 127.x as IPv4-mapped IPv6. */
export function isLoopback(address: string): boolean {
  const v4 = address.toLowerCase().replace(/^::ffff:/, '');
  return isIPv4(v4) ? v4.startsWith('127.') : address === '::1';
}
