const BY_CODE: Record<string, number> = {
  'ESL.NOT_CONNECTED': 503,
  'ESL.DISCONNECTED': 503,
  'ESL.TIMEOUT': 504,
  'ESL.COMMAND_FAILED': 502,
  'XMLSTATE.UNREADABLE': 502,
};

const BY_SUFFIX: [string, number][] = [
  ['.INVALID', 400],
  ['.FORBIDDEN', 403],
  ['.NOT_FOUND', 404],
  ['.CONFLICT', 409],
  ['.TOO_LARGE', 413],
  ['.UNSUPPORTED_MEDIA_TYPE', 415],
  ['.NOT_READY', 503],
];

/** The HTTP status for a domain or Event Socket error code. */
export function statusForCode(code: string): number {
  return BY_CODE[code] ?? BY_SUFFIX.find(([suffix]) => code.endsWith(suffix))?.[1] ?? 500;
}
