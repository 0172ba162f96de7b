import { EventEmitter } from 'events';
import { Connection, Parser } from 'modesl';
import { GuardedConnection } from './guarded-connection';
import { capturedFrames, findFrame } from './test-support/captured-frames';
import { FakeEslServer } from './test-support/fake-esl-server';

const createdPlain = findFrame(
  capturedFrames('conference', 'conference.plain'),
  'text/event-plain',
  'Action="conference-create"',
).bytes;

/** These pin down the modesl 1.2.1 behaviour GuardedConnection exists for. */
describe('modesl 1.2.1 as GuardedConnection finds it', () => {
  it('throws URIError from its parser for a plain event with a malformed escape', () => {
    const parser = new Parser(new EventEmitter());
    const latin1Name = Buffer.from(createdPlain.toString('latin1').replace('%20', '%E9'), 'latin1');

    expect(() => parser._onData(latin1Name)).toThrow(URIError);
  });

  it('overflows the stack of its parser on a long run of blank lines', () => {
    const parser = new Parser(new EventEmitter());
    parser.on('esl::event', () => undefined);

    expect(() => parser._onData(Buffer.from('\n'.repeat(200_000)))).toThrow(RangeError);
  });

  describe('against a server', () => {
    let server: FakeEslServer;

    beforeEach(async () => {
      server = await FakeEslServer.start();
    });

    afterEach(() => server.stop());

    it('subscribes to events of its own choosing after auth, unless guarded', async () => {
      const plain = new Connection('127.0.0.1', server.port, 'ClueCon');
      plain.on('error', () => undefined);
      const subscription = await server.waitForCommand((c) => c.line.startsWith('event'));
      expect(subscription.line).toBe('event json BACKGROUND_JOB CHANNEL_EXECUTE_COMPLETE');
      subscription.peer.destroy();

      const guarded = new GuardedConnection('127.0.0.1', server.port, 'ClueCon', () => undefined);
      const authenticated = new Promise((resolve) => guarded.on('esl::event::auth::success', resolve));
      await authenticated;
      await guarded.dispose(false);

      expect(server.commands.map((c) => c.line)).toEqual([
        'auth ClueCon',
        'event json BACKGROUND_JOB CHANNEL_EXECUTE_COMPLETE',
        'auth ClueCon',
      ]);
    });
  });
});
