import fc from 'fast-check';
import { CONFERENCE_CALLS, MEMBER_CALLS } from '@fscon/contracts';
import { MAX_CLIENT_FRAME_BYTES } from '../../../src/live/live-options';
import { anyJson, anyText, CONFERENCE_NAMES } from './values';

/** A frame a live client sends: text or binary, and what it is, for reports. */
export interface Frame {
  label: string;
  data: string | Buffer;
}

const CALLS = [...CONFERENCE_CALLS, ...MEMBER_CALLS, 'explode'];

/** Requests of the live protocol with any field plausible, missing, or of another type. */
const requestLike = fc
  .record(
    {
      req: fc.oneof(fc.constantFrom('init', 'initreg', 'exec', 'memexec', 'INIT', ''), anyJson),
      conference: fc.oneof(fc.constantFrom(...CONFERENCE_NAMES), anyJson),
      call: fc.oneof(fc.constantFrom(...CALLS), anyJson),
      member: fc.oneof(fc.nat().map(String), fc.integer(), anyJson),
      since: fc.oneof(fc.nat(), fc.integer(), fc.double(), anyJson),
    },
    { requiredKeys: ['req'] },
  )
  .map((request): Frame => ({
    label: `request ${JSON.stringify(request).slice(0, 80)}`,
    data: JSON.stringify(request),
  }));

/** Frames a server must answer (or ignore) and stay up: broken JSON, deep JSON, binary, requests of any shape. */
export const liveFrame: fc.Arbitrary<Frame> = fc
  .oneof(
    { weight: 4, arbitrary: requestLike },
    {
      weight: 1,
      arbitrary: anyJson.map((value) => ({ label: 'any JSON', data: JSON.stringify(value) ?? 'null' })),
    },
    { weight: 1, arbitrary: anyText.map((text) => ({ label: 'text', data: text })) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 33, max: 30000 }).map((depth) => ({
        label: `nested ${depth} deep`,
        data: `{"req":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 300 })
        .map((bytes) => ({ label: 'binary', data: Buffer.from(bytes) })),
    },
  )
  .filter(({ data }) => Buffer.byteLength(data) <= MAX_CLIENT_FRAME_BYTES);
