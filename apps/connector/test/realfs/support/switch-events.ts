import { connect, type Socket } from 'node:net';
import type { EslEventRecord } from '@fscon/live-state';
import { eventOfFrame, readCompleteFrames } from '../../../../../libs/live-state/src/esl-frames/esl-frames';
import { eventually } from '../../support/system';
import type { RealFreeswitch } from '@fscon/real-freeswitch';

/**
 * An Event Socket connection of its own to the switch, subscribed to some events (`event plain …`):
 * what FreeSWITCH itself reports, beside what the connector makes of it.
 */
export class SwitchEvents {
  readonly received: EslEventRecord[] = [];
  private buffer = Buffer.alloc(0);

  private constructor(private readonly socket: Socket) {
    // the switch may go away first (a test file removes it in afterAll): nothing to report then
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.takeFrames();
    });
  }

  /** Connects, logs in and subscribes; resolves once FreeSWITCH has confirmed the subscription. */
  static listen(freeswitch: RealFreeswitch, subscription: string): Promise<SwitchEvents> {
    return new Promise((resolve, reject) => {
      const socket = connect(freeswitch.ports.eventSocket, '127.0.0.1');
      socket.once('error', reject);
      let text = '';
      const login = (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (text.includes('auth/request')) {
          socket.write(`auth ${freeswitch.password}\n\n`);
          text = '';
        } else if (text.includes('+OK accepted')) {
          socket.write(`event plain ${subscription}\n\n`);
          text = '';
        } else if (text.includes('+OK event listener enabled')) {
          socket.off('data', login);
          resolve(new SwitchEvents(socket));
        } else if (text.includes('-ERR')) {
          reject(new Error(`the Event Socket refused: ${text}`));
        }
      };
      socket.on('data', login);
    });
  }

  /** Resolves with the first event after `from` that matches, waiting for it as long as eventually() does. */
  until(match: (event: EslEventRecord) => boolean, from = 0, timeoutMs = 20_000): Promise<EslEventRecord> {
    return eventually(() => {
      const found = this.received.slice(from).find(match);
      if (found === undefined) throw new Error(`no such event among ${this.received.length - from}`);
      return found;
    }, timeoutMs);
  }

  close(): void {
    this.socket.end('exit\n\n');
  }

  private takeFrames(): void {
    const { frames, complete } = readCompleteFrames(this.buffer);
    this.buffer = this.buffer.subarray(complete);
    for (const frame of frames) {
      const event = eventOfFrame(frame);
      if (event) this.received.push(event);
    }
  }
}

/** A conference::maintenance event of the conference with that Action. */
export const conferenceAction =
  (conference: string, action: string) =>
  (event: EslEventRecord): boolean =>
    event.headers['Conference-Name'] === conference && event.headers['Action'] === action;

/** FreeSWITCH has played the file into the conference to its end. */
export const playedToEnd =
  (conference: string, file: string) =>
  (event: EslEventRecord): boolean =>
    conferenceAction(conference, 'play-file-done')(event) && event.headers['File'] === file;

/** The files `conference <name> play` started, in order: FreeSWITCH reports each as a play-file. */
export const filesPlayed = (
  events: readonly EslEventRecord[],
  conference: string,
): Array<string | undefined> =>
  events.filter(conferenceAction(conference, 'play-file')).map((event) => event.headers['File']);

/** The plays of files FreeSWITCH could not open: it reports them as play-file with an Error header. */
export const failedPlays = (events: readonly EslEventRecord[]): EslEventRecord[] =>
  events.filter((event) => event.headers['Error'] !== undefined);
