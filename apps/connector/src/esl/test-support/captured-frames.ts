import { readFileSync } from 'fs';
import { join } from 'path';

/** fixtures/fs-captures at the repository root. */
export const CAPTURES_DIR = join(__dirname, '../../../../../fixtures/fs-captures');

/** One frame FreeSWITCH sent, cut byte for byte from a `.raw` capture at the offset its `.log` gives. */
export interface CapturedFrame {
  offset: number;
  contentType: string;
  /** The rest of the log line: event name and interesting headers, e.g. `CUSTOM Event-Subclass="..."`. */
  summary: string;
  bytes: Buffer;
}

const RECEIVED = /<<< @(\d+) len=(\d+) (\S+) ?(.*)$/;

/** Every frame of `<scenario>/<file>.raw` (e.g. `startup`, `startup.plain`), in order. */
export function capturedFrames(scenario: string, file: string): CapturedFrame[] {
  const raw = readFileSync(join(CAPTURES_DIR, scenario, `${file}.raw`));
  const log = readFileSync(join(CAPTURES_DIR, scenario, `${file}.log`), 'utf8');
  return log.split('\n').flatMap((line) => {
    const match = RECEIVED.exec(line);
    if (!match) {
      return [];
    }
    const [, offset, length, contentType, summary] = match;
    const start = Number(offset);
    return [{ offset: start, contentType, summary, bytes: raw.subarray(start, start + Number(length)) }];
  });
}

/** The first frame of that content type whose log summary contains `text`; throws if there is none. */
export function findFrame(frames: CapturedFrame[], contentType: string, text = ''): CapturedFrame {
  const frame = frames.find((f) => f.contentType === contentType && f.summary.includes(text));
  if (!frame) {
    throw new Error(`no ${contentType} frame with "${text}" in the capture`);
  }
  return frame;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The Job-UUID a captured bgapi reply or BACKGROUND_JOB event carries. */
export function jobUuidOf(frame: CapturedFrame): string {
  const found = new RegExp(`Job-UUID[=:"\\s]+(${UUID.source})`).exec(frame.bytes.toString('latin1'));
  if (!found) {
    throw new Error(`frame at @${frame.offset} has no Job-UUID`);
  }
  return found[1];
}

/**
 * The frame with every occurrence of its Job-UUID replaced by `jobUuid`. Both are 36 characters,
 * so every Content-Length in the frame stays right.
 */
export function withJobUuid(frame: CapturedFrame, jobUuid: string): Buffer {
  if (!new RegExp(`^${UUID.source}$`).test(jobUuid)) {
    throw new Error(`"${jobUuid}" is not a UUID`);
  }
  return Buffer.from(frame.bytes.toString('latin1').split(jobUuidOf(frame)).join(jobUuid), 'latin1');
}
