/**
 * The configuration layer works on byte strings (one char per byte, latin1), like FreeSWITCH works on
 * bytes: offsets, lengths and entity handling then match the C code. These convert at the boundary.
 */
export function toBinary(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

export function fromBinary(binary: string): string {
  return Buffer.from(binary, 'latin1').toString('utf8');
}

/** strcasecmp-style lower-casing: only ASCII letters change. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
