import type { EslEventRecord } from '../model/esl-event-record';
import { eventOfFrame, readCaptureFrames } from '../esl-frames/esl-frames';

/** What a capture holds that matters here: the events, and the answers to `api` commands. */
export type CaptureItem =
  | { kind: 'event'; offset: number; event: EslEventRecord }
  | { kind: 'api'; offset: number; command: string; body: string };

const SENT = /^\[[^\]]*\] >>> @\d+ SEND "(.*)"$/;

/**
 * The events and api answers of a `.raw` capture in the order they arrived. Each api/response is
 * paired with the `api` command its `.log` shows (FreeSWITCH answers api commands in order).
 */
export function captureSession(raw: Buffer, log: string): CaptureItem[] {
  const apiCommands = log.split('\n').flatMap((line) => {
    const sent = SENT.exec(line)?.[1].replace(/\\n/g, '\n').trim();
    return sent?.startsWith('api ') ? [sent.slice('api '.length)] : [];
  });
  let answered = 0;
  return readCaptureFrames(raw).flatMap((frame): CaptureItem[] => {
    if (frame.headers['Content-Type'] === 'api/response') {
      const command = apiCommands[answered++] ?? '';
      return [{ kind: 'api', offset: frame.offset, command, body: frame.body.toString('utf8') }];
    }
    const event = eventOfFrame(frame);
    return event ? [{ kind: 'event', offset: frame.offset, event }] : [];
  });
}
