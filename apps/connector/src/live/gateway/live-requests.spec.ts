import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import type { CommandBus } from '@nestjs/cqrs';
import type { Context, User } from '@fscon/contracts';
import { DomainError } from '../../common/domain-error';
import { EslError } from '../../esl/esl.errors';
import { inMemoryJournal } from '../../journal/test-support/in-memory-journal';
import { byUser } from '../commands/control-caller';
import { ConferenceExecCommand } from '../commands/conference-exec/conference-exec.command';
import { MemberExecCommand } from '../commands/member-exec/member-exec.command';
import { DeltaFanout } from '../fanout/delta-fanout';
import { TurnBatches } from '../fanout/turn-batches';
import { textFrame } from '../fanout/websocket-frame';
import { nextTurn } from '../fanout/test-support/recording-client';
import { LiveProjector } from '../state/live-projector';
import { LiveStateReadModel } from '../state/live-state.read-model';
import { LiveRequests, PUBLIC_CONTROL_REFUSED } from './live-requests';
import type { LiveSocket } from './live-socket';
import { messageOf, splitFrames } from '../fanout/test-support/frame-payload';

const userOf = (context: Context): User => ({
  id: '1',
  name: context,
  password: '',
  conpin: '',
  context,
  email: '',
  polymac: '',
});

/** A socket as LiveRequests sees it: its own frames go through the turn batches like a LiveSocket's. */
class Client {
  readonly messages: Record<string, unknown>[] = [];
  constructor(
    readonly user: User,
    private readonly batches: TurnBatches,
  ) {}
  get context(): Context {
    return this.user.context;
  }
  send(event: string, body: object): void {
    this.sendFrame(textFrame(JSON.stringify({ event, ...body })));
  }
  sendFrame(frame: Buffer): void {
    this.batches.sendTo(this, frame);
  }
  write(bytes: Buffer): void {
    this.messages.push(...splitFrames(bytes).map(messageOf));
  }
}

function requests(outcome: () => Promise<void> = () => Promise.resolve()) {
  const journal = inMemoryJournal();
  const readModel = new LiveStateReadModel();
  const batches = new TurnBatches();
  const fanout = new DeltaFanout(batches, { deltas: 3, bytes: 1 << 16 }, 0);
  const projector = new LiveProjector(journal, readModel, fanout, { resumeEntries: 100 });
  projector.onModuleInit();
  const executed: object[] = [];
  const bus = { execute: (command: object) => (executed.push(command), outcome()) } as unknown as CommandBus;
  const live = new LiveRequests(projector, readModel, fanout, journal, bus);
  const client = (context: Context) => {
    const c = new Client(userOf(context), batches);
    batches.add(c);
    return c;
  };
  const join = (n: number) =>
    journal.append([
      {
        type: 'MemberJoined',
        data: {
          conference: `c${n}`,
          member: { name: 'a', id: '1', confid: '1', mute: false, ...MEMBER_AUDIO_DEFAULTS },
        },
      },
    ]);
  const handle = (c: Client, request: Parameters<LiveRequests['handle']>[1]) =>
    live.handle(c as unknown as LiveSocket, request);
  return { handle, client, join, executed, epoch: journal.epoch };
}

describe('LiveRequests', () => {
  it('answers init with a snapshot and its seq, and a resume with the missed deltas only', async () => {
    const { handle, client, join, epoch } = requests();
    const team = client('team');
    join(1);
    join(2);
    handle(team, { req: 'init' });
    await nextTurn();
    expect(team.messages.map((m) => m.seq)).toEqual([1000, 2000, 2000]);
    expect(team.messages.at(-1)).toMatchObject({ event: 'reply', reply: 'init', seq: 2000, epoch });
    const fresh = client('team');
    handle(fresh, { req: 'init', since: 1000, epoch });
    await nextTurn();
    expect(fresh.messages).toEqual([team.messages[1]]);
    join(3);
    join(4);
    const late = client('team');
    handle(late, { req: 'init', since: 0 });
    await nextTurn();
    expect(late.messages).toEqual([expect.objectContaining({ event: 'reply', reply: 'init', seq: 4000 })]);
  });

  it('answers a resume of this epoch that the held deltas no longer cover from the journal', async () => {
    const { handle, client, join, epoch } = requests();
    const team = client('team');
    [1, 2, 3, 4, 5].forEach(join);
    await nextTurn();
    const late = client('team');
    handle(late, { req: 'init', since: 1000, epoch });
    await nextTurn();
    expect(late.messages).toEqual(team.messages.slice(1));
    expect(late.messages.map((m) => m.seq)).toEqual([2000, 3000, 4000, 5000]);
  });

  it('answers a resume from another epoch with a snapshot, and one without an epoch from the deltas held', async () => {
    const { handle, client, join, epoch } = requests();
    join(1);
    join(2);
    const elsewhere = client('team');
    handle(elsewhere, { req: 'init', since: 1000, epoch: `not-${epoch}` });
    const unscoped = client('team');
    handle(unscoped, { req: 'init', since: 1000 });
    await nextTurn();
    expect(elsewhere.messages).toEqual([
      expect.objectContaining({ event: 'reply', reply: 'init', seq: 2000, epoch }),
    ]);
    expect(unscoped.messages.map((m) => [m.event, m.seq])).toEqual([['newConference', 2000]]);
  });

  it('answers a resume that missed nothing with a snapshot, so that the client knows it is up to date', async () => {
    const { handle, client, join } = requests();
    join(1);
    const team = client('team');
    handle(team, { req: 'init', since: 1000 });
    await nextTurn();
    expect(team.messages).toEqual([expect.objectContaining({ event: 'reply', reply: 'init', seq: 1000 })]);
  });

  it('answers an init after the deltas of the same turn that its snapshot includes', async () => {
    const { handle, client, join } = requests();
    const team = client('team');
    join(1);
    handle(team, { req: 'init' });
    join(2);
    await nextTurn();
    expect(team.messages.map((m) => [m.event, m.seq])).toEqual([
      ['newConference', 1000],
      ['reply', 1000],
      ['newConference', 2000],
    ]);
  });

  it('sends team and friends controls to the command bus with the caller', async () => {
    const { handle, client, executed } = requests();
    const friends = client('friends');
    handle(friends, { req: 'exec', conference: 'c1', call: 'lock' });
    handle(friends, { req: 'memexec', conference: 'c1', call: 'kick', member: '4' });
    expect(executed).toEqual([
      new ConferenceExecCommand(byUser(friends.user), 'c1', 'lock'),
      new MemberExecCommand(byUser(friends.user), 'c1', 'kick', '4'),
    ]);
    await nextTurn();
    expect(friends.messages).toEqual([]);
  });

  it('refuses controls of public users without asking the command bus', async () => {
    const { handle, client, executed } = requests();
    const pub = client('public');
    handle(pub, { req: 'exec', conference: 'c1', call: 'lock' });
    await nextTurn();
    expect(pub.messages).toEqual([{ event: 'error', error: PUBLIC_CONTROL_REFUSED, code: 'LIVE.FORBIDDEN' }]);
    expect(executed).toEqual([]);
  });

  it('sends back the message and code of a refusal or of a failure FreeSWITCH reported, and hides other failures', async () => {
    const outcomes: [Error, { error: string; code: string }][] = [
      [
        new DomainError('LIVE.CONFERENCE_NOT_FOUND', 'conference c9 is not running'),
        { error: 'conference c9 is not running', code: 'LIVE.CONFERENCE_NOT_FOUND' },
      ],
      [
        new EslError('ESL.NOT_CONNECTED', 'not connected to FreeSWITCH'),
        { error: 'not connected to FreeSWITCH', code: 'ESL.NOT_CONNECTED' },
      ],
      [
        new DomainError('RECORDING.INVALID', 'not a control code'),
        { error: 'the control failed', code: 'INTERNAL' },
      ],
      [new TypeError('x is undefined'), { error: 'the control failed', code: 'INTERNAL' }],
    ];
    for (const [error, expected] of outcomes) {
      const { handle, client } = requests(() => Promise.reject(error));
      const team = client('team');
      handle(team, { req: 'exec', conference: 'c9', call: 'lock' });
      await nextTurn();
      expect(team.messages).toEqual([{ event: 'error', ...expected }]);
    }
  });
});
