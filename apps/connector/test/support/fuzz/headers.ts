import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { RawRequest } from './raw-http';
import { anyText, strangerName } from './values';

/** Header trouble on top of a body: what to send instead of the plain request. */
export interface HeaderVariant {
  label: string;
  headers: [string, string][];
  body: Buffer;
  contentLength: RawRequest['contentLength'];
  /** The login's own Authorization is replaced by made-up credentials. */
  replacesLogin: boolean;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset="UTF-8"',
  'application/json; charset=latin1',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16le',
  'application/json; charset=utf-32',
  'application/json; charset=foo',
  'application/json; charset=',
  'application/json;;;charset',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=latin1',
  'application/x-www-form-urlencoded; charset=foo',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/vnd.api+json',
  'application/*',
  '*/*',
  'json',
  '',
];

const contentType = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: anyText.map((text) => `application/json; charset=${text}`) },
  { weight: 1, arbitrary: anyText },
);

type Encoding = { label: string; encode: (body: Buffer) => Buffer; header?: string };
/** 4 MiB of spaces, gzipped to some 4 KiB. */
const GZIP_BOMB = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
const FAST_BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };
const ENCODINGS: Encoding[] = [
  { label: 'identity', encode: (body) => body },
  { label: 'gzip', encode: (body) => gzipSync(body), header: 'gzip' },
  { label: 'deflate', encode: (body) => deflateSync(body), header: 'deflate' },
  { label: 'br', encode: (body) => brotliCompressSync(body, FAST_BROTLI), header: 'br' },
  { label: 'gzip bomb', encode: () => GZIP_BOMB, header: 'gzip' },
  {
    label: 'broken gzip',
    encode: (body) => Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), body]),
    header: 'gzip',
  },
  { label: 'unknown encoding', encode: (body) => body, header: 'x-squash' },
  { label: 'twice gzip', encode: (body) => gzipSync(body), header: 'gzip, gzip' },
];

const contentLength: fc.Arbitrary<(size: number) => RawRequest['contentLength']> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(() => 'auto' as const) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((more) => (size: number) => size + more) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 50 }).map((less) => (size: number) => Math.max(0, size - less)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('abc', '-1', '1e3', '99999999999999999999', ' 5', '0x10').map((v) => () => v),
  },
  { weight: 1, arbitrary: fc.constant(() => 'none' as const) },
);

/** Made-up Authorization values: no Digest client sends these. */
const garbageAuthorization = fc.oneof(
  anyText,
  fc.constantFrom(
    'Basic',
    'Basic Og==',
    'Bearer x',
    'Digest',
    'Digest ,,,',
    'Digest username=',
    'Negotiate YII=',
  ),
  fc
    .tuple(strangerName, anyText, anyText)
    .map(
      ([user, nonce, response]) =>
        `Digest username="${user}", realm="fscon", nonce="${nonce}", uri="/", response="${response}", qop=auth, nc=00000001, cnonce="x"`,
    ),
  fc.tuple(anyText, anyText).map(([key, value]) => `Digest ${key}=${value}`),
  fc.integer({ min: 1000, max: 12000 }).map((length) => `Digest username="${'a'.repeat(length)}"`),
  fc.constant('Digest username*=UTF-8\'\'%ZZ%C0%AF, realm="fscon"'),
);

const extraHeaders = fc.array(
  fc.oneof(
    fc.constantFrom<[string, string]>(
      ['X-Requested-With', 'fscon-web'],
      ['Cookie', 'fscon-session=garbage'],
      ['Cookie', '__Host-fscon-session=; x=%ZZ'],
      ['Expect', '100-continue'],
      ['Accept-Charset', 'latin1'],
    ),
    anyText.map((text): [string, string] => ['Cookie', text]),
  ),
  { maxLength: 2 },
);

/** Header variants for a body: content type and charset, encodings, lengths that lie, Authorization garbage. */
export const headerVariant = (body: Buffer): fc.Arbitrary<HeaderVariant> =>
  fc
    .record({
      type: fc.option(contentType, { nil: undefined }),
      encoding: fc.oneof({ weight: 3, arbitrary: fc.constant(ENCODINGS[0]!) }, fc.constantFrom(...ENCODINGS)),
      length: contentLength,
      chunked: fc.boolean(),
      authorization: fc.option(garbageAuthorization, { freq: 3, nil: undefined }),
      extra: extraHeaders,
    })
    .map(({ type, encoding, length, chunked, authorization, extra }) => {
      const encoded = encoding.encode(body);
      const headers: [string, string][] = [
        ...(type === undefined ? [] : [['Content-Type', type] as [string, string]]),
        ...(encoding.header === undefined ? [] : [['Content-Encoding', encoding.header] as [string, string]]),
        ...(authorization === undefined ? [] : [['Authorization', authorization] as [string, string]]),
        ...extra,
      ];
      const labels = [`type ${JSON.stringify(type?.slice(0, 60))}`, encoding.label];
      if (chunked) {
        headers.push(['Transfer-Encoding', 'chunked']);
        const chunk =
          encoded.length === 0
            ? []
            : [Buffer.from(`${encoded.length.toString(16)}\r\n`), encoded, Buffer.from('\r\n')];
        const framed = Buffer.concat([...chunk, Buffer.from('0\r\n\r\n')]);
        return {
          label: [...labels, 'chunked'].join(', '),
          headers,
          body: framed,
          contentLength: 'none',
          replacesLogin: authorization !== undefined,
        };
      }
      const declared = length(encoded.length);
      labels.push(`length ${declared === 'auto' ? encoded.length : declared} for ${encoded.length} bytes`);
      if (authorization !== undefined) labels.push('made-up Authorization');
      return {
        label: labels.join(', '),
        headers,
        body: encoded,
        contentLength: declared,
        replacesLogin: authorization !== undefined,
      };
    });
