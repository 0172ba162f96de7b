import { changedAfterBang } from '@fscon/fs-xml';

/** Characters no user-given text may hold, with what they are. */
const UNPRINTABLE: readonly (readonly [RegExp, string])[] = [
  [/\p{Cc}/u, 'a control character'],
  [/\p{Cs}/u, 'an unpaired surrogate'],
  [/\p{Cn}/u, 'an unassigned code point or noncharacter'],
  [/[\p{Zl}\p{Zp}]/u, 'a line or paragraph separator'],
];

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a text cannot be stored in FreeSWITCH's configuration and read back unchanged, naming the
 * character, or undefined when it can: printable characters only, and after a `<!` none that
 * FreeSWITCH writes raw and reads back as something else.
 */
export function whyNotStorable(text: string): string | undefined {
  for (const [pattern, kind] of UNPRINTABLE) {
    const found = pattern.exec(text);
    if (found) return `may not hold ${codePoint(found[0])} (${kind})`;
  }
  const changed = changedAfterBang(text);
  if (changed === undefined) return undefined;
  return `may not hold '${changed}' after "<!" (FreeSWITCH writes what follows "<!" unescaped)`;
}
