import fc from 'fast-check';
import { GUARDED_NAMES } from './logins';

/** Users the fuzzer may change or delete: never the ones it logs in as (20000, 21000, 22000) or 20001. */
export const SPARE_USER_IDS = ['20002', '20003', '20004', '21001', '21002', '22001', '22002', '29999'];
const GUARDED_USER_IDS: ReadonlySet<string> = new Set(['20000', '20001', '21000', '22000']);
export const CONFERENCE_NUMBERS = ['30000', '30001', '31000', '31001', '32000', '32001', '39999'];
export const CONFERENCE_NAMES = ['team_g722', 'friends_conf', 'public_conf', 'fuzz_room', 'no-such-room'];
export const CONFERENCE_TYPES = ['16kHz-novideo', '48kHz-video', 'no-such-type'];
export const CONTEXTS = ['team', 'friends', 'public', 'none'];

const alphabet = (chars: string) => fc.constantFrom(...chars.split(''));
const word = (chars: string, min: number, max: number) =>
  fc.array(alphabet(chars), { minLength: min, maxLength: max }).map((letters) => letters.join(''));
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Text of any kind: printable, control characters, lone surrogates, long runs. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '../../etc/passwd',
    '$${modconpin}',
    '"/><x a="',
    '\u0000',
    '\ud800',
    'a\nb',
  ),
  fc.integer({ min: 1000, max: 70000 }).map((length) => 'x'.repeat(length)),
);

/** A login name the fuzzer may try with a made-up password: never a name the suite logs in with. */
export const strangerName = fc
  .oneof(fc.constantFrom('teamuser2', 'nobody', ''), anyText)
  .filter((name) => !GUARDED_NAMES.has(name));

export const userName = word(`${LETTERS} ._-`, 1, 24).filter((name) => name.trim() !== '');
export const email = fc
  .tuple(word(LETTERS, 1, 12), word('abcdefghij', 2, 8))
  .map(([l, d]) => `${l}@${d}.org`);
export const conferenceName = word(`${LETTERS}_-`, 1, 24);

/** Any JSON value at all, for a field that wants something else. */
export const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyText);

/** A conference number or similar: mostly plausible, sometimes anything. */
export const numberLike = (plausible: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    { weight: 1, arbitrary: fc.oneof(anyText, fc.integer().map(String)) },
  );

/** A user id to change or delete: never one of the users the suite logs in as. */
export const spareUserId = numberLike(SPARE_USER_IDS).filter((id) => !GUARDED_USER_IDS.has(id.trim()));

/** Every byte of the text's UTF-8 (lone surrogates as U+FFFD) that is not unreserved, as %XX. */
export function percentEncoded(text: string): string {
  return [...Buffer.from(text)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}
