/**
 * A `show registrations as json` or `sofia status profile <name> reg` answer with what differs from
 * run to run masked: expiry times, the hostname, and the `varying` values given (Call-ID, port ...).
 */
export function maskRegistrations(text: string, ...varying: Array<string | number>): string {
  const masked = varying.reduce<string>((all, value) => all.replaceAll(String(value), '<varies>'), text);
  return masked
    .replace(/"(expires|hostname)":"[^"]*"/g, '"$1":"*"')
    .replace(/EXP\([^)]*\) EXPSECS\(\d+\)/g, 'EXP(*) EXPSECS(*)')
    .replace(/^Host: {7}\t.*$/gm, 'Host:');
}
