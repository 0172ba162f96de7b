import { connect, type Socket } from 'node:net';
import type { EslEventRecord } from '@fscon/live-state';
import { readCompleteFrames } from '../../libs/live-state/src/esl-frames/esl-frames';
import { describeFrame, receivedFrame, type ReceivedFrame } from './received-frame';
import { Timeline } from './timeline';

/** An event received, and the number of its frame (a mark to wait from). */
export interface RecordedEvent extends EslEventRecord {
  frame: number;
}

export type EventMatch = (headers: EslEventRecord['headers']) => boolean;

const WAIT_MS = 30_000;
const isReply = (frame: ReceivedFrame) => ['command/reply', 'api/response'].includes(frame.contentType);

/**
 * A plain TCP connection to FreeSWITCH's Event Socket that keeps every byte it receives, unmodified and
 * in order, and notes each command sent and each frame received in the timeline. FreeSWITCH answers
 * commands in the order they were sent, so the n-th command gets the n-th reply.
 */
export class EslRecorder {
  readonly frames: ReceivedFrame[] = [];
  private bytes = Buffer.alloc(0);
  private parsedTo = 0;
  private commandsSent = 0;
  private closed = false;
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly socket: Socket,
    private readonly timeline: Timeline,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => timeline.add(`### socket error: ${error.message}`));
    socket.on('close', () => {
      this.closed = true;
      timeline.add('closed');
      this.notify();
    });
  }

  /** Connects and waits for FreeSWITCH's auth/request. */
  static async open(port: number, timeline: Timeline): Promise<EslRecorder> {
    timeline.add(`connect 127.0.0.1:${port}`);
    const socket = await new Promise<Socket>((resolve, reject) => {
      const connecting = connect(port, '127.0.0.1', () => resolve(connecting));
      connecting.once('error', reject);
    });
    const recorder = new EslRecorder(socket, timeline);
    await recorder.until(() => recorder.frames[0], 'auth/request');
    return recorder;
  }

  /** Every byte received so far. */
  get received(): Buffer {
    return this.bytes;
  }

  /** How many frames have arrived: events from here on are the ones still to come. */
  get mark(): number {
    return this.frames.length;
  }

  note(text: string): void {
    this.timeline.add(`### ${text}`);
  }

  /** Sends a command (it must end with a blank line) and resolves with its command/reply or api/response. */
  command(text: string): Promise<ReceivedFrame> {
    const index = this.commandsSent++;
    this.timeline.add(`>>> @${this.bytes.length} SEND ${JSON.stringify(text)}`);
    this.socket.write(text);
    return this.until(() => this.frames.filter(isReply)[index], `the reply to ${JSON.stringify(text)}`);
  }

  /** `api <command>`; resolves with the body of the answer. Sent at once, before the first await. */
  async api(command: string): Promise<string> {
    return (await this.command(`api ${command}\n\n`)).body.toString('utf8');
  }

  /** `bgapi <command>`; resolves with the body of its BACKGROUND_JOB. */
  async bgapi(command: string): Promise<string> {
    const from = this.mark;
    const job = (await this.command(`bgapi ${command}\n\n`)).headers['Job-UUID'];
    const done = await this.untilEvent(
      (h) => h['Event-Name'] === 'BACKGROUND_JOB' && h['Job-UUID'] === job,
      from,
    );
    return done.body ?? '';
  }

  /** The events received from frame `from` on. */
  events(from = 0): RecordedEvent[] {
    return this.frames.flatMap((frame, index) =>
      index >= from && frame.event ? [{ frame: index, ...frame.event }] : [],
    );
  }

  /** The first event from frame `from` on that matches, once it has arrived. */
  untilEvent(match: EventMatch, from = 0, timeoutMs = WAIT_MS): Promise<RecordedEvent> {
    const found = () => this.events(from).find((event) => match(event.headers));
    return this.until(found, 'an event', timeoutMs);
  }

  /** `exit`; resolves once FreeSWITCH has closed the connection. */
  async exit(): Promise<void> {
    await this.command('exit\n\n');
    await this.until(() => (this.closed ? true : undefined), 'the connection to close');
  }

  private receive(chunk: Buffer): void {
    this.bytes = Buffer.concat([this.bytes, chunk]);
    const { frames, complete } = readCompleteFrames(this.bytes.subarray(this.parsedTo));
    frames.forEach((frame, index) => {
      const length = (frames[index + 1]?.offset ?? complete) - frame.offset;
      const received = receivedFrame(frame, this.parsedTo, length);
      this.frames.push(received);
      this.timeline.add(describeFrame(received));
    });
    this.parsedTo += complete;
    this.notify();
  }

  private until<T>(find: () => T | undefined, what: string, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
      const finish = (error?: Error, value?: T): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        if (error) reject(error);
        else resolve(value as T);
      };
      const check = (): void => {
        const value = find();
        if (value !== undefined) finish(undefined, value);
        else if (this.closed) finish(new Error(`the connection closed before ${what}`));
      };
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
