import { Logger } from '@nestjs/common';
import { CommandBus, CqrsModule, type ICommand } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { evolveAll, type LiveEvent, type ModeratorKey } from '@fscon/live-state';
import { capture } from '../../../test/support/captures';
import type { FakeEventSocket } from '../../../test/support/fake-event-socket';
import { Journal } from '../../journal';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { ConferenceControl } from '../commands/conference-control';
import { Invitations } from '../commands/invite/invitations';
import { ConferenceExecCommand } from '../commands/conference-exec/conference-exec.command';
import { ConferenceExecHandler } from '../commands/conference-exec/conference-exec.handler';
import {
  EVERY_CONFERENCE,
  liveControlHarness,
  member,
  recordingPaused,
  recordingStarted,
  RECORDINGS,
} from '../commands/test-support/live-control.fixture';
import { LiveStateReadModel } from '../state/live-state.read-model';
import { ModeratorKeysSaga } from './moderator-keys.saga';

const FILE = `${RECORDINGS}/team_g722-2026-11-27T17:12:18.115Z.wav`;
const PROMPTS_16K = '/var/fsroot/conf/sounds/fscon/16000';
const MODERATOR = member('5', '20000', 'defaultuser');

const key = (control: string, conference = 'team_g722', digit = '1', member = MODERATOR): ModeratorKey => ({
  conference,
  member,
  key: digit,
  control,
});
const played = (conference: string, file: string) => `conference ${conference} play ${file}`;
const playing = (file: string) => `+OK (play) Playing file ${file}\n`;
const playedTo = (conference: string, file: string, confid: string) =>
  `${played(conference, file)} ${confid}`;
/** Answers the prompt's play to one member as FreeSWITCH does, and gives the command. */
function answerPlayTo(socket: FakeEventSocket, conference: string, file: string, confid: string): string {
  socket.answer(playedTo(conference, file, confid), `+OK (play) Playing file ${file} to member ${confid}\n`);
  return playedTo(conference, file, confid);
}
const volumeSet = (direction: 'in' | 'out', level: number): LiveEvent => ({
  type: 'MemberVolumeChanged',
  data: { conference: 'team_g722', confid: '5', direction, level },
});

const closing: (() => Promise<void>)[] = [];

/** The saga and the conference command handler on a real command bus, following the harness's journal. */
async function given(events: LiveEvent[] = EVERY_CONFERENCE) {
  const harness = liveControlHarness(events);
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    providers: [
      { provide: Journal, useValue: harness.journal },
      { provide: LiveStateReadModel, useValue: harness.live },
      { provide: XmlStateReadModel, useValue: harness.xmlState },
      { provide: ConferenceControl, useValue: harness.control },
      { provide: Invitations, useValue: harness.invitations },
      ConferenceExecHandler,
      ModeratorKeysSaga,
    ],
  }).compile();
  await moduleRef.init();
  closing.push(() => moduleRef.close());
  const commands: ICommand[] = [];
  moduleRef.get(CommandBus).subscribe((command) => commands.push(command));
  const saga = moduleRef.get(ModeratorKeysSaga);
  const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  return { ...harness, saga, commands, warnings };
}

describe('ModeratorKeysSaga', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-27T17:12:18.115Z') }));
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((close) => close()));
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('starts a recording and plays "recording started" at the rate of the conference', async () => {
    const { eventSocket, saga } = await given();
    eventSocket.answer(`conference team_g722 recording start ${FILE}`, `+OK Record file ${FILE}\n`);
    eventSocket.answer(
      played('team_g722', `${PROMPTS_16K}/recording-started.wav`),
      playing(`${PROMPTS_16K}/recording-started.wav`),
    );
    await saga.handle(key('startrecording'));
    expect(eventSocket.sent).toEqual([
      `conference team_g722 recording start ${FILE}`,
      played('team_g722', `${PROMPTS_16K}/recording-started.wav`),
    ]);
  });

  it('sends the control as the ConferenceExecCommand of a live client, with the moderator as caller', async () => {
    const { commands, eventSocket, saga } = await given();
    eventSocket.answer('conference adhoc mute all', capture('conference/outputs/bgapi_mute_all.txt'));
    await saga.handle(key('muteall', 'adhoc', '*'));
    expect(commands).toEqual([
      new ConferenceExecCommand(
        { type: 'moderator-key', conference: 'adhoc', member: MODERATOR },
        'adhoc',
        'muteall',
      ),
    ]);
  });

  it('only says so when the conference is already being recorded, or paused', async () => {
    const running = await given([...EVERY_CONFERENCE, recordingStarted('team_g722', FILE)]);
    await running.saga.handle(key('startrecording'));
    const paused = await given([
      ...EVERY_CONFERENCE,
      recordingStarted('team_g722', FILE),
      recordingPaused('team_g722', FILE),
    ]);
    await paused.saga.handle(key('startrecording'));
    expect(running.eventSocket.sent).toEqual([played('team_g722', `${PROMPTS_16K}/already-recording.wav`)]);
    expect(paused.eventSocket.sent).toEqual([played('team_g722', `${PROMPTS_16K}/recording-is-paused.wav`)]);
  });

  it('plays 48 kHz prompts into 48kHz-video conferences', async () => {
    const { eventSocket, saga } = await given();
    await saga.handle(key('checkrecording', 'public_conf', '5'));
    expect(eventSocket.sent).toEqual([
      played('public_conf', '/var/fsroot/conf/sounds/fscon/48000/not-recording.wav'),
    ]);
  });

  it('mutes all, appends AllMuted and tells the room', async () => {
    const { eventSocket, journal, saga } = await given();
    eventSocket.answer('conference adhoc mute all', capture('conference/outputs/bgapi_mute_all.txt'));
    await saga.handle(key('muteall', 'adhoc', '*'));
    expect(eventSocket.sent).toEqual([
      'conference adhoc mute all',
      played('adhoc', `${PROMPTS_16K}/all-muted.wav`),
    ]);
    expect(journal.appended).toContainEqual({ type: 'AllMuted', data: { conference: 'adhoc' } });
  });

  it('locks and unlocks without a prompt of its own', async () => {
    const { eventSocket, saga } = await given();
    eventSocket.answer('conference team_g722 lock', capture('conference/outputs/bgapi_lock.txt'));
    eventSocket.answer('conference team_g722 unlock', capture('conference/outputs/bgapi_unlock.txt'));
    await saga.handle(key('conferencelock', 'team_g722', '6'));
    await saga.handle(key('conferenceunlock', 'team_g722', '7'));
    expect(eventSocket.sent).toEqual(['conference team_g722 lock', 'conference team_g722 unlock']);
  });

  it('plays no prompt when FreeSWITCH refuses the control, and logs why', async () => {
    const { eventSocket, saga, warnings } = await given([
      ...EVERY_CONFERENCE,
      recordingStarted('team_g722', FILE),
    ]);
    eventSocket.answer('conference team_g722 recording stop all', '-ERR Conference team_g722 not found\n');
    await saga.handle(key('stoprecording', 'team_g722', '4'));
    expect(eventSocket.sent).toEqual(['conference team_g722 recording stop all']);
    expect(warnings).toHaveBeenCalledWith(
      'key 4 (stoprecording) of defaultuser in team_g722: -ERR Conference team_g722 not found',
    );
  });

  it('ignores controls it does not know and conferences that do not run', async () => {
    const { eventSocket, saga } = await given();
    await saga.handle(key('vol talk up'));
    await saga.handle(key('startrecording', 'nosuch'));
    expect(eventSocket.sent).toEqual([]);
  });

  it('follows the journal, one press after the other against the state the earlier one left', async () => {
    const { eventSocket, journal, live, warnings } = await given();
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    eventSocket.answer(`conference team_g722 recording start ${FILE}`, async () => {
      live.replace(evolveAll(live.current(), [recordingStarted('team_g722', FILE)]));
      return `+OK Record file ${FILE}\n`;
    });
    eventSocket.answer(played('team_g722', `${PROMPTS_16K}/recording-paused.wav`), async () => {
      finished();
      return playing(`${PROMPTS_16K}/recording-paused.wav`);
    });
    eventSocket.answer(
      played('team_g722', `${PROMPTS_16K}/recording-started.wav`),
      playing(`${PROMPTS_16K}/recording-started.wav`),
    );
    eventSocket.answer(`conference team_g722 recording pause ${FILE}`, `+OK Pause recording file ${FILE}\n`);
    journal.append([
      { type: 'ModeratorKeyPressed', data: key('startrecording', 'team_g722', '1') },
      { type: 'MemberMuted', data: { conference: 'team_g722', confid: '7' } },
      { type: 'ModeratorKeyPressed', data: key('pauserecording', 'team_g722', '2') },
    ]);
    await done;
    expect(eventSocket.sent).toEqual([
      `conference team_g722 recording start ${FILE}`,
      played('team_g722', `${PROMPTS_16K}/recording-started.wav`),
      `conference team_g722 recording pause ${FILE}`,
      played('team_g722', `${PROMPTS_16K}/recording-paused.wav`),
    ]);
    expect(warnings).not.toHaveBeenCalled();
  });

  describe("the second layer: the moderator's own settings", () => {
    it('turns the speaking volume up with volume_in and tells that moderator only', async () => {
      const { eventSocket, saga, warnings } = await given();
      eventSocket.answer('conference team_g722 volume_in 5 1', '+OK Volume IN 5 = 1\n');
      const play = answerPlayTo(eventSocket, 'team_g722', `${PROMPTS_16K}/talk-volume-up.wav`, '5');
      await saga.handle(key('talkvolumeup', 'team_g722', '93'));
      expect(eventSocket.sent).toEqual(['conference team_g722 volume_in 5 1', play]);
      expect(warnings).not.toHaveBeenCalled();
    });

    it('steps from the level the live state shows, and only says so at the limit', async () => {
      const { eventSocket, saga } = await given([
        ...EVERY_CONFERENCE,
        volumeSet('out', -2),
        volumeSet('in', 4),
      ]);
      eventSocket.answer('conference team_g722 volume_out 5 -3', '+OK Volume OUT 5 = -3\n');
      const down = answerPlayTo(eventSocket, 'team_g722', `${PROMPTS_16K}/listen-volume-down.wav`, '5');
      const limit = answerPlayTo(eventSocket, 'team_g722', `${PROMPTS_16K}/at-limit.wav`, '5');
      await saga.handle(key('listenvolumedown', 'team_g722', '94'));
      await saga.handle(key('talkvolumeup', 'team_g722', '93'));
      expect(eventSocket.sent).toEqual(['conference team_g722 volume_out 5 -3', down, limit]);
    });

    it('deaf-mutes a muted moderator with deaf alone, and undoes both once both are on', async () => {
      const muted: LiveEvent = { type: 'MemberMuted', data: { conference: 'team_g722', confid: '5' } };
      const deafened: LiveEvent = { type: 'MemberDeafened', data: { conference: 'team_g722', confid: '5' } };
      const mutedOnly = await given([...EVERY_CONFERENCE, muted]);
      mutedOnly.eventSocket.answer('conference team_g722 deaf 5', '+OK deaf 5\n');
      const on = answerPlayTo(
        mutedOnly.eventSocket,
        'team_g722',
        `${PROMPTS_16K}/muted-and-deafened.wav`,
        '5',
      );
      await mutedOnly.saga.handle(key('deafmute', 'team_g722', '9*'));
      const both = await given([...EVERY_CONFERENCE, muted, deafened]);
      both.eventSocket.answer('conference team_g722 unmute 5 quiet', '+OK unmute 5\n');
      both.eventSocket.answer('conference team_g722 undeaf 5', '+OK undeaf 5\n');
      const off = answerPlayTo(
        both.eventSocket,
        'team_g722',
        `${PROMPTS_16K}/unmuted-and-undeafened.wav`,
        '5',
      );
      await both.saga.handle(key('deafmute', 'team_g722', '9*'));
      expect(mutedOnly.eventSocket.sent).toEqual(['conference team_g722 deaf 5', on]);
      expect(both.eventSocket.sent).toEqual([
        'conference team_g722 unmute 5 quiet',
        'conference team_g722 undeaf 5',
        off,
      ]);
    });

    it('plays the 48 kHz prompt in a 48kHz-video conference', async () => {
      const { eventSocket, saga } = await given();
      eventSocket.answer('conference public_conf energy 11 200', 'Energy 11 = 200\n');
      const play = answerPlayTo(
        eventSocket,
        'public_conf',
        '/var/fsroot/conf/sounds/fscon/48000/energy-up.wav',
        '11',
      );
      await saga.handle(key('energyup', 'public_conf', '99', member('11', '20000', 'defaultuser')));
      expect(eventSocket.sent).toEqual(['conference public_conf energy 11 200', play]);
    });

    it('plays no prompt when FreeSWITCH refuses, and ignores a moderator who is no member', async () => {
      const { eventSocket, saga, warnings } = await given();
      eventSocket.answer('conference team_g722 energy 5 200', '-ERR Non-Existant ID 5\n');
      await saga.handle(key('energyup', 'team_g722', '99'));
      await saga.handle(key('energyup', 'team_g722', '99', member('99', '20001', 'teamuser2')));
      expect(eventSocket.sent).toEqual(['conference team_g722 energy 5 200']);
      expect(warnings.mock.calls).toEqual([
        ['key 99 (energyup) of defaultuser in team_g722: -ERR Non-Existant ID 5'],
        ['key 99 (energyup) of teamuser2 in team_g722: member 99 is not in conference team_g722'],
      ]);
    });
  });
});
