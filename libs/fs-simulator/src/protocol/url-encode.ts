const UNSAFE = new Set(Array.from('\r\n #%&+:;<=>?@[\\]^`{|}"', (c) => c.charCodeAt(0)));
const HEX = '0123456789ABCDEF';
const isHex = (c: number | undefined): boolean => c !== undefined && HEX.includes(String.fromCharCode(c));

/**
 * switch_url_encode as plain events use it: every UTF-8 byte outside printable ASCII and every byte of
 * `\r\n #%&+:;<=>?@[\]^`{|}"` becomes %XX, except a `%` already followed by two upper-case hex digits.
 */
export function urlEncode(value: string): string {
  const bytes = Buffer.from(value, 'utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    const preEncoded = c === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
    if (!preEncoded && (c < 0x20 || c > 0x7e || UNSAFE.has(c))) {
      out += `%${HEX[c >> 4]}${HEX[c & 15]}`;
    } else {
      out += String.fromCharCode(c);
    }
  }
  return out;
}
