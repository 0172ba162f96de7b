import { randomUUID } from 'node:crypto';
import { DiscardPolicy, StorageType, type JetStreamManager, type StreamConfig, type StreamInfo } from 'nats';
import type { RetentionPolicy } from '../journal-store';

/** The stream's description names it a journal and carries its epoch, so the epoch lives and dies with it. */
const EPOCH_PREFIX = 'fscon journal, epoch ';
const NS_PER_DAY = 86_400 * 1e9;
/** How long the server remembers a message id, so that a resent entry is stored once. */
const DUPLICATE_WINDOW_NS = 2 * 60 * 1e9;

export interface StreamPosition {
  readonly epoch: string;
  /** The oldest seq the stream still holds; `lastSeq + 1` when it holds none. */
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly bytes: number;
}

/** `fscon.journal.<node>.<kind>` for the stream `fscon`: one subject per FreeSWITCH node and kind. */
export function entrySubject(stream: string, node: string, kind: string): string {
  return `${stream}.journal.${node}.${kind}`;
}

/** The stream's limits that carry out a retention policy: the server deletes the oldest entries itself. */
export function streamLimits(policy: RetentionPolicy): Pick<StreamConfig, 'max_age' | 'max_bytes'> {
  return {
    max_age: policy.maxAgeDays === undefined ? 0 : policy.maxAgeDays * NS_PER_DAY,
    max_bytes: policy.maxBytes ?? -1,
  };
}

export function streamPosition(info: StreamInfo): StreamPosition {
  const { description = '' } = info.config;
  if (!description.startsWith(EPOCH_PREFIX)) {
    throw new Error(`the stream ${info.config.name} is no fscon journal (its description names no epoch)`);
  }
  const { first_seq, last_seq, bytes } = info.state;
  return {
    epoch: description.slice(EPOCH_PREFIX.length),
    firstSeq: last_seq === 0 ? 1 : first_seq,
    lastSeq: last_seq,
    bytes,
  };
}

/**
 * The journal's stream, created with a new epoch when it does not exist yet. Whoever creates it first
 * sets the epoch; every other replica reads that one, also one whose creation at the same moment failed
 * for it. Its limits follow the retention policy.
 */
export async function ensureStream(
  jsm: JetStreamManager,
  name: string,
  policy: RetentionPolicy,
): Promise<StreamPosition> {
  const limits = streamLimits(policy);
  const info = await jsm.streams
    .info(name)
    .catch(() => create(jsm, name, limits).catch(() => jsm.streams.info(name)));
  const position = streamPosition(info);
  if (info.config.max_age === limits.max_age && info.config.max_bytes === limits.max_bytes) return position;
  return streamPosition(await jsm.streams.update(name, { ...info.config, ...limits }));
}

/** A new stream, its epoch a new random id. */
function create(
  jsm: JetStreamManager,
  name: string,
  limits: Pick<StreamConfig, 'max_age' | 'max_bytes'>,
): Promise<StreamInfo> {
  return jsm.streams.add({
    name,
    subjects: [`${name}.journal.>`],
    description: `${EPOCH_PREFIX}${randomUUID()}`,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: DUPLICATE_WINDOW_NS,
    ...limits,
  });
}
