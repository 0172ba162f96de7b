import type { Decoded, DecodeMode } from './xml-decode';

/**
 * switch_xml_decode worked step by step on the bytes of one region, as the C code does it in place:
 * used when a segment holds entities, so that the stale bytes it leaves behind are known too.
 */

const NUL = 0;
const LF = 10;
const CR = 13;
const SPACE = 32;
const AMP = 38;
const HASH = 35;
const SEMI = 59;
const ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['lt;', '&#60;'],
  ['gt;', '&#62;'],
  ['quot;', '&#34;'],
  ['apos;', '&#39;'],
  ['amp;', '&#38;'],
];

/** The C algorithm step by step on a copy of the region (bytes plus terminator), stale bytes and all. */
export function decodeInBuffer(segment: string, mode: DecodeMode): Decoded {
  let w = Array.from(segment, (ch) => ch.charCodeAt(0));
  w.push(NUL);
  const before = countLf(w);
  let frozen: number[] | undefined;

  for (let s = 0; s < w.length && w[s] !== NUL; s++) {
    while (w[s] === CR) {
      w[s++] = LF;
      if (w[s] === LF) memmove(w, s, s + 1, strlen(w, s));
    }
  }

  let s = 0;
  for (;;) {
    while (w[s] !== NUL && w[s] !== AMP && !isSpace(w[s])) s++;
    if (w[s] === NUL) break;
    if (w[s] === AMP && w[s + 1] === HASH) {
      s = decodeCharRef(w, s);
    } else if (w[s] === AMP) {
      const entity = ENTITIES.find(([name]) => startsWithAt(w, s + 1, name));
      if (!entity) {
        s++;
        continue;
      }
      const replacement = entity[1];
      const semi = w.indexOf(SEMI, s);
      if (replacement.length - 1 > semi - s && !frozen) {
        frozen = w;
        w = w.slice(0, w.indexOf(NUL) + 1);
      }
      memmove(w, s + replacement.length, semi + 1, strlen(w, semi));
      for (let i = 0; i < replacement.length; i++) w[s + i] = replacement.charCodeAt(i);
    } else if (mode === 'attribute') {
      w[s++] = SPACE;
    } else {
      s++;
    }
  }

  const value = bytesToString(w, w.indexOf(NUL));
  return { value, newlineDelta: countLf(frozen ?? w) - before };
}

/** `&#N;` / `&#xN;` at s: writes the character's bytes in place, or steps over the `&`. Returns the new s. */
function decodeCharRef(w: number[], s: number): number {
  let code = s + 2;
  let base = 10;
  if (w[code] === 0x78) {
    code++;
    base = 16;
  }
  if (!isXDigit(w[code])) return s + 1;
  const { value, end } = strtoul(w, code, base);
  if (!value || w[end] !== SEMI || value > 0x7fffffff) return s + 1;
  let out = s;
  for (const byte of utf8Bytes(value)) w[out++] = byte;
  const semi = w.indexOf(SEMI, out);
  memmove(w, out, semi + 1, strlen(w, semi));
  return out;
}

function strtoul(w: number[], start: number, base: number): { value: number; end: number } {
  let i = start;
  if (base === 16 && w[i] === 0x30 && (w[i + 1] === 0x78 || w[i + 1] === 0x58) && isXDigit(w[i + 2])) i += 2;
  let value = 0;
  const first = i;
  for (let digit = digitValue(w[i], base); digit >= 0; digit = digitValue(w[++i], base)) {
    value = Math.min(value * base + digit, Number.MAX_SAFE_INTEGER);
  }
  return { value, end: i === first ? start : i };
}

function utf8Bytes(c: number): number[] {
  if (c < 0x80) return [c];
  const payload = Math.floor((c.toString(2).length - 2) / 5);
  const bytes = [((0xff << (7 - payload)) | Math.floor(c / 2 ** (6 * payload))) & 0xff];
  for (let i = payload - 1; i >= 0; i--) bytes.push(0x80 | (Math.floor(c / 2 ** (6 * i)) & 0x3f));
  return bytes;
}

function digitValue(c: number | undefined, base: number): number {
  if (c === undefined) return -1;
  const v =
    c >= 0x30 && c <= 0x39
      ? c - 0x30
      : c >= 0x61 && c <= 0x66
        ? c - 87
        : c >= 0x41 && c <= 0x46
          ? c - 55
          : -1;
  return v < base ? v : -1;
}

function isXDigit(c: number | undefined): boolean {
  return digitValue(c, 16) >= 0;
}

export function isSpace(c: number | undefined): boolean {
  return c === SPACE || (c !== undefined && c >= 9 && c <= 13);
}

function startsWithAt(w: number[], at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (w[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function strlen(w: number[], at: number): number {
  let end = at;
  while (w[end] !== NUL) end++;
  return end - at;
}

/** memmove(dst, src, n) on the array, growing it when the move reaches past its end. */
function memmove(w: number[], dst: number, src: number, n: number): void {
  while (w.length < dst + n) w.push(NUL);
  w.copyWithin(dst, src, src + n);
}

function bytesToString(w: number[], length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192)
    out += String.fromCharCode(...w.slice(i, Math.min(length, i + 8192)));
  return out;
}

function countLf(w: number[]): number {
  return w.reduce((total, c) => (c === LF ? total + 1 : total), 0);
}
