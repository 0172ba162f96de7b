import { BehaviorSubject, Subject } from 'rxjs';
import { EslError } from '../../src/esl/esl.errors';
import { EventSocket, type EslConnectionState, type EslEvent } from '../../src/esl/event-socket.port';

type Answer = string | Error | (() => Promise<string>);

/** An in-memory EventSocket for unit tests: answers scripted per command, events pushed by the test. */
export class FakeEventSocket extends EventSocket {
  readonly events = new Subject<EslEvent>();
  readonly connection = new BehaviorSubject<EslConnectionState>('connected');
  readonly events$ = this.events.asObservable();
  readonly connection$ = this.connection.asObservable();
  readonly sent: string[] = [];
  private readonly answers = new Map<string, Answer>();

  answer(command: string, answer: Answer): this {
    this.answers.set(command, answer);
    return this;
  }

  isConnected(): boolean {
    return this.connection.value === 'connected';
  }

  api(command: string): Promise<string> {
    return this.run(command);
  }

  bgapi(command: string): Promise<string> {
    return this.run(command);
  }

  private async run(command: string): Promise<string> {
    this.sent.push(command);
    if (!this.isConnected()) throw new EslError('ESL.NOT_CONNECTED', 'not connected to FreeSWITCH');
    const answer = this.answers.get(command);
    if (answer === undefined) return `-ERR ${command.split(' ')[0]} Command not found!\n`;
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : answer;
  }
}
