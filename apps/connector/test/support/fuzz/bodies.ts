import fc from 'fast-check';
import type { BodyKind } from './routes';
import {
  anyJson,
  anyText,
  CONFERENCE_NUMBERS,
  CONFERENCE_TYPES,
  conferenceName,
  CONTEXTS,
  email,
  numberLike,
  spareUserId,
  strangerName,
  userName,
} from './values';

/** A body as it goes on the wire, and what it is, for reports. */
export interface Payload {
  label: string;
  bytes: Buffer;
  /** Whether it may come from the route's login: false when it carries made-up credentials. */
  ownLogin: boolean;
}

type Element = Record<string, unknown>;

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const digits = fc.stringMatching(/^\d{0,8}$/);
const polymac = fc.oneof(fc.constant('none'), fc.stringMatching(/^[0-9a-f]{12}$/));

const ELEMENTS: Record<Exclude<BodyKind, 'none' | 'upload' | 'session'>, fc.Arbitrary<Element>> = {
  'users.add': fc.record(
    {
      name: userName,
      email,
      context: fc.constantFrom(...CONTEXTS),
      password: optional(userName),
      conpin: optional(digits),
      polymac: optional(polymac),
    },
    { requiredKeys: ['name', 'email', 'context'] },
  ),
  'users.mod': fc.record(
    { id: spareUserId, name: userName, email, context: fc.constantFrom(...CONTEXTS), conpin: digits },
    { requiredKeys: ['id'] },
  ),
  'users.del': fc.record({ id: spareUserId }),
  'conferences.add': fc.record({
    name: conferenceName,
    type: fc.constantFrom(...CONFERENCE_TYPES),
    context: fc.constantFrom(...CONTEXTS),
  }),
  'conferences.mod': fc.record(
    { num: numberLike(CONFERENCE_NUMBERS), name: conferenceName, type: fc.constantFrom(...CONFERENCE_TYPES) },
    { requiredKeys: ['num'] },
  ),
  'conferences.del': fc.record({ num: numberLike(CONFERENCE_NUMBERS) }),
  'recordings.del': fc.record({ file: fc.oneof(fc.constant('missing.wav'), anyText) }),
};

const json = (label: string, value: unknown): Payload => ({
  label,
  bytes: Buffer.from(JSON.stringify(value) ?? ''),
  ownLogin: true,
});

/** `[{"<key>": <depth brackets>1<closing>}]`, built as text: deeper than any parser should follow. */
const deeplyNested = fc
  .record({
    depth: fc.integer({ min: 33, max: 20000 }),
    object: fc.boolean(),
    key: fc.constantFrom('file', 'name', 'id'),
  })
  .map(({ depth, object, key }): Payload => {
    const [open, close] = object ? ['{"a":', '}'] : ['[', ']'];
    const text = `[{"${key}": ${open.repeat(depth)}1${close.repeat(depth)}}]`;
    return {
      label: `nested ${depth} deep (${object ? 'objects' : 'arrays'})`,
      bytes: Buffer.from(text),
      ownLogin: true,
    };
  });

/** Elements short enough to be repeated thousands of times within the body limit. */
const small = (element: fc.Arbitrary<Element>) => element.filter((item) => JSON.stringify(item).length < 200);

/** Mutations of a valid array of elements. */
function mutated(element: fc.Arbitrary<Element>): fc.Arbitrary<Payload> {
  const elements = fc.array(element, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    elements.map((value) => json('valid', value)),
    fc
      .tuple(elements, fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', ''), anyJson)
      .map(([value, key, extra]) => ({
        label: `extra key ${JSON.stringify(key)}`,
        bytes: Buffer.from(
          JSON.stringify(value).replace(/^\[\{/, `[{${JSON.stringify(key)}:${JSON.stringify(extra)},`),
        ),
        ownLogin: true,
      })),
    fc.tuple(elements, anyJson).map(([value, wrong]) =>
      json(
        'a field of another type',
        value.map((item) => ({ ...item, [Object.keys(item)[0] ?? 'x']: wrong })),
      ),
    ),
    fc.tuple(small(element), fc.integer({ min: 1001, max: 4000 })).map(([item, count]) =>
      json(
        `${count} elements`,
        Array.from({ length: count }, () => item),
      ),
    ),
    fc.oneof(anyJson, element).map((value) => json('not an array', value)),
    deeplyNested,
  );
}

/** Bytes that are no JSON at all, or too much of it. */
const notJson: fc.Arbitrary<Payload> = fc.oneof(
  fc
    .uint8Array({ maxLength: 200 })
    .map((bytes) => ({ label: 'random bytes', bytes: Buffer.from(bytes), ownLogin: true })),
  anyText.map((text) => ({ label: 'text', bytes: Buffer.from(text), ownLogin: true })),
  fc.constantFrom('[{', '[{"name":1e999999}]', '[{"a":1,"a":2}]', '\ufeff[]', '[]]', 'null').map((text) => ({
    label: `text ${JSON.stringify(text)}`,
    bytes: Buffer.from(text),
    ownLogin: true,
  })),
  fc.integer({ min: 1_048_577, max: 1_300_000 }).map((size) => ({
    label: `${size} bytes`,
    bytes: Buffer.from(`[{"file":"${'x'.repeat(size - 13)}"}]`),
    ownLogin: true,
  })),
);

/** The body of POST /session: the login's own credentials, or made-up ones. */
function sessionBodies(own: { user: string; password: string } | undefined): fc.Arbitrary<Payload> {
  const made = fc.record({ name: fc.oneof(strangerName, anyJson), password: fc.oneof(anyText, anyJson) });
  const own$ =
    own === undefined ? [] : [fc.constant(json('own login', { name: own.user, password: own.password }))];
  return fc.oneof(
    ...own$,
    made.map((value) => ({ ...json('made-up login', value), ownLogin: false })),
    deeplyNested.map((payload) => ({ ...payload, ownLogin: false })),
    notJson.map((payload) => ({ ...payload, ownLogin: false })),
  );
}

/** A phone upload: text, bytes, or more than the upload limit. */
const uploads: fc.Arbitrary<Payload> = fc.oneof(
  anyText.map((text) => ({ label: 'text upload', bytes: Buffer.from(text), ownLogin: true })),
  fc
    .uint8Array({ maxLength: 4096 })
    .map((bytes) => ({ label: 'binary upload', bytes: Buffer.from(bytes), ownLogin: true })),
  fc.integer({ min: 1_048_577, max: 1_200_000 }).map((size) => ({
    label: `${size}-byte upload`,
    bytes: Buffer.alloc(size, 0x61),
    ownLogin: true,
  })),
);

/** Bodies for a route: from valid ones to every kind of broken one, and bodies where none belongs. */
export function bodiesFor(kind: BodyKind, own?: { user: string; password: string }): fc.Arbitrary<Payload> {
  switch (kind) {
    case 'none':
      return fc.oneof(
        fc.constant<Payload>({ label: 'no body', bytes: Buffer.alloc(0), ownLogin: true }),
        notJson,
        deeplyNested,
      );
    case 'upload':
      return uploads;
    case 'session':
      return sessionBodies(own);
    default:
      return fc.oneof({ weight: 3, arbitrary: mutated(ELEMENTS[kind]) }, { weight: 1, arbitrary: notJson });
  }
}
