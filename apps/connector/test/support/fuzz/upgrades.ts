import fc from 'fast-check';
import { anyText, percentEncoded, strangerName } from './values';

/** A WebSocket upgrade request to try: where, with which headers, and whether it logs in as its login. */
export interface UpgradeVariant {
  label: string;
  target: string;
  headers: [string, string][];
  /** Carries the login's own credentials (otherwise made-up ones or none). */
  ownLogin: boolean;
}

const PATHS = [
  '/api/live',
  '/api/live',
  '/api/live/',
  '/API/LIVE',
  '/api/live/..',
  '/api/%6cive',
  '/api/live%00',
  '/api/lives',
  '//api/live',
];

const madeUpQuery = fc.oneof(
  fc.constant(''),
  fc.tuple(strangerName, anyText).map(([name, password]) => `login=${percentEncoded(`${name}:${password}`)}`),
  anyText.map((token) => `token=${percentEncoded(token)}`),
  fc.constantFrom(
    'login=%ZZ',
    'token=',
    'login=:',
    'login',
    'token=a&token=b',
    '%',
    '&&&',
    `login=${'a'.repeat(9000)}`,
  ),
);

const headerTrouble = fc.array(
  fc.constantFrom<[string, string]>(
    ['Sec-WebSocket-Version', '8'],
    ['Sec-WebSocket-Version', 'x'],
    ['Sec-WebSocket-Key', 'short'],
    ['Sec-WebSocket-Key', ''],
    ['Sec-WebSocket-Protocol', ',,,'],
    ['Sec-WebSocket-Extensions', 'permessage-deflate; client_max_window_bits=99'],
    ['Upgrade', 'h2c'],
    ['Connection', 'keep-alive'],
  ),
  { maxLength: 2 },
);

/** Upgrades with the login's own query (if it has one) or a made-up one, odd paths and odd headers. */
export const upgradeVariant = (ownQuery: string | undefined): fc.Arbitrary<UpgradeVariant> =>
  fc
    .record({
      path: fc.constantFrom(...PATHS),
      own: ownQuery === undefined ? fc.constant(false) : fc.boolean(),
      query: madeUpQuery,
      headers: headerTrouble,
    })
    .map(({ path, own, query, headers }) => {
      const search = own ? ownQuery! : query;
      const target = `${path}${search === '' ? '' : `?${search}`}`;
      const shownHeaders = headers.map(([name, value]) => `${name}: ${value}`).join(', ');
      const shownQuery = own ? 'its own login' : search.slice(0, 60);
      return { label: `${path} ${shownQuery} ${shownHeaders}`, target, headers, ownLogin: own };
    });
