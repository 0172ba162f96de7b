import { randomUUID } from 'crypto';
import { EslError } from './esl.errors';
import type { EslSession } from './esl-session';
import type { EslCommandOptions, EslEvent } from './event-socket.port';
import { PendingCommands } from './pending-commands';

/** `api` and `bgapi` over the current session, each command with its own deadline. */
export class EslCommands {
  private readonly pending = new PendingCommands();

  constructor(private readonly defaultTimeoutMs: number) {}

  /** `session` is undefined while not connected. */
  api(session: EslSession | undefined, command: string, options?: EslCommandOptions): Promise<string> {
    return this.execute('api', session, command, options, (connected, id) =>
      connected.api(command, (body) => this.pending.resolve(id, body)),
    );
  }

  /** Resolves with the body of the BACKGROUND_JOB that carries this command's Job-UUID. */
  bgapi(session: EslSession | undefined, command: string, options?: EslCommandOptions): Promise<string> {
    return this.execute('bgapi', session, command, options, (connected, jobId) =>
      connected.bgapi(command, jobId, (replyText) => {
        if (!replyText.startsWith('+OK')) {
          this.pending.reject(jobId, new EslError('ESL.COMMAND_FAILED', `bgapi ${command}: ${replyText}`));
        }
      }),
    );
  }

  /** Hands a BACKGROUND_JOB event to the bgapi waiting for it, if there is one. */
  settleJob(event: EslEvent): void {
    const jobId = event.name === 'BACKGROUND_JOB' ? event.headers['Job-UUID'] : undefined;
    if (jobId) {
      this.pending.resolve(jobId, event.body ?? '');
    }
  }

  /** The connection is gone: every waiting command rejects with ESL.DISCONNECTED. */
  abortAll(reason: string): void {
    this.pending.rejectAll(() => new EslError('ESL.DISCONNECTED', reason));
  }

  private execute(
    kind: 'api' | 'bgapi',
    session: EslSession | undefined,
    command: string,
    options: EslCommandOptions | undefined,
    send: (session: EslSession, id: string) => void,
  ): Promise<string> {
    // A line break would end the command early and let the rest run as further Event Socket commands.
    if (/[\r\n]/.test(command)) {
      return Promise.reject(new EslError('ESL.COMMAND_FAILED', `${kind}: a command must be a single line`));
    }
    if (!session) {
      return Promise.reject(
        new EslError('ESL.NOT_CONNECTED', `${kind} ${command}: not connected to FreeSWITCH`),
      );
    }
    const id = randomUUID();
    const answer = this.pending.track(id, options?.timeoutMs ?? this.defaultTimeoutMs, `${kind} ${command}`);
    send(session, id);
    return answer;
  }
}
