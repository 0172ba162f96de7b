/**
 * Fields the logger replaces with "[redacted]" wherever a call site logs them as structured fields: a
 * second line of defence, since no call site is meant to log a secret at all (messages are text and
 * are not searched).
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*[*].password',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  'set-cookie',
  '*["set-cookie"]',
  'token',
  '*.token',
  'login',
  '*.login',
];
