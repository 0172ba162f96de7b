/** The keys of a phone keypad, in keypad order. */
export const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
export type Tone = (typeof KEYPAD)[number];

/** The tone a keyboard key stands for (digits of either keyboard part, `*`, `#`). */
export function toneForKey(key: string): Tone | undefined {
  return (KEYPAD as readonly string[]).includes(key) ? (key as Tone) : undefined;
}

/** True for what may be dialled: a number or a SIP user part without spaces or `@`. */
export function isDialable(target: string): boolean {
  return /^[\w.*#+-]{1,64}$/.test(target);
}

/** The INFO body that carries a tone when RTP events (RFC 4733) are not available. */
export function dtmfInfoBody(tone: Tone, durationMs = 160): string {
  return `Signal=${tone}\r\nDuration=${durationMs}\r\n`;
}
