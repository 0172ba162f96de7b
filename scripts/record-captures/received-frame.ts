import type { EslEventRecord } from '@fscon/live-state';
import { eventOfFrame, type CaptureFrame } from '../../libs/live-state/src/esl-frames/esl-frames';

/** One frame FreeSWITCH sent, where it starts in the recorded bytes and how long it is, and its event. */
export interface ReceivedFrame extends CaptureFrame {
  length: number;
  contentType: string;
  event?: EslEventRecord;
}

/** The headers the timeline shows for an event, when it has them. */
const SHOWN = [
  'Event-Subclass', 'Action', 'Member-ID', 'Caller-Caller-ID-Number', 'DTMF-Digit', 'DTMF-Key', 'New-Level',
  'File', 'Error', 'Old-ID', 'New-ID', 'from-user', 'contact', 'status', 'expires', 'network-ip',
  'network-port', 'call-id', 'update-reg', 'reason', 'Job-UUID', 'Job-Command', 'Job-Command-Arg',
  'API-Command', 'API-Command-Argument',
]; // prettier-ignore

/** A frame read from the recorded bytes after the first `start`, `length` bytes long. */
export function receivedFrame(frame: CaptureFrame, start: number, length: number): ReceivedFrame {
  return {
    ...frame,
    offset: start + frame.offset,
    length,
    contentType: frame.headers['Content-Type'] ?? '',
    event: eventOfFrame(frame),
  };
}

/** The timeline line of a received frame. */
export function describeFrame(frame: ReceivedFrame): string {
  const start = `<<< @${frame.offset} len=${frame.length} ${frame.contentType}`;
  const quoted = (name: string, value: string) => ` ${name}=${JSON.stringify(value)}`;
  if (frame.event) {
    const { headers, body } = frame.event;
    const shown = SHOWN.flatMap((name) => (headers[name] === undefined ? [] : [quoted(name, headers[name])]));
    return `${start} ${frame.event.name}${shown.join('')}${body ? quoted('_body', body.slice(0, 100)) : ''}`;
  }
  if (frame.contentType === 'command/reply') {
    const job = frame.headers['Job-UUID'];
    return `${start}${quoted('Reply-Text', frame.headers['Reply-Text'] ?? '')}${job ? ` Job-UUID=${job}` : ''}`;
  }
  return frame.body.length > 0
    ? `${start}${quoted('body', frame.body.toString('utf8').slice(0, 160))}`
    : start;
}
