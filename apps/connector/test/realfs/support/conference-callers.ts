import type { Conference } from '@fscon/contracts';
import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { eventually } from '../../support/system';
import { DEMO_CONFERENCES, type DemoContext } from './demo-config';
import { switchConferences, type SwitchMember } from './switch-conferences';

/** A caller put into a conference over loopback, as the captures do. */
export interface LoopbackCaller {
  number: string;
  name: string;
  /** conf_flags, e.g. `moderator|mute-detect|mute`; none by default. */
  flags?: string;
  /** Plays a 440 Hz tone into the conference, so that it talks and takes the floor. */
  talks?: boolean;
  /** Plays this tone_stream instead, e.g. `%(1000,1000,440)`: 1 s of tone, 1 s of silence, over again. */
  tone?: string;
}

/** A conference as its callers reach it: its number in the dialplan context of its own callers. */
export type DialledConference = Pick<Conference, 'num' | 'name' | 'context'>;

const dialled = (conference: DemoContext | DialledConference): DialledConference =>
  typeof conference === 'string' ? DEMO_CONFERENCES[conference] : conference;

/**
 * Callers into the switch's conferences: each dials the conference's number from its context through a
 * loopback channel, as a phone of that context would; the loopback B-leg runs the dialplan and becomes
 * the member.
 */
export function conferenceCallers(freeswitch: RealFreeswitch) {
  const conferences = switchConferences(freeswitch);

  /** Calls the conference; resolves with originate's answer. */
  const call = (conference: DemoContext | DialledConference, caller: LoopbackCaller): Promise<string> => {
    const { num, context } = dialled(conference);
    const variables = [
      `origination_caller_id_number=${caller.number}`,
      `origination_caller_id_name=${caller.name}`,
      ...(caller.flags ? [`conf_flags=${caller.flags}`] : []),
    ];
    const tone = caller.tone ?? (caller.talks ? '%(1000,0,440)' : undefined);
    const application = tone ? `&endless_playback(tone_stream://${tone})` : '&park()';
    return freeswitch.api(`originate {${variables.join(',')}}loopback/${num}/${context} ${application}`);
  };

  /** Hangs up every call and waits until FreeSWITCH has no conference and no channel left. */
  const hangUpAll = async (): Promise<void> => {
    await freeswitch.api('hupall');
    await eventually(async () => {
      expect(await conferences.all()).toEqual([]);
      expect(await conferences.channelCount()).toBe(0);
    });
  };

  /** Calls the conference and resolves with the member once FreeSWITCH lists it (its uuid is the B-leg's). */
  const join = async (
    conference: DemoContext | DialledConference,
    caller: LoopbackCaller,
  ): Promise<SwitchMember> => {
    const answer = await call(conference, caller);
    if (!answer.startsWith('+OK'))
      throw new Error(`originate to ${dialled(conference).num} failed: ${answer}`);
    return eventually(() => conferences.member(dialled(conference).name, caller.number));
  };

  return {
    call,
    join,
    hangUpAll,
    /** Hangs up the member's call (both loopback legs go). */
    async hangUp(member: SwitchMember): Promise<void> {
      await freeswitch.api(`uuid_kill ${member.uuid}`);
    },
    /** Expects a caller from the conference's context to become its member, then hangs every call up. */
    async expectToJoin(conference: DialledConference, number: string): Promise<void> {
      const caller = { number, name: `caller${number}` };
      expect(await join(conference, caller)).toMatchObject({
        caller_id_number: caller.number,
        caller_id_name: caller.name,
      });
      await hangUpAll();
    },
  };
}
export type ConferenceCallers = ReturnType<typeof conferenceCallers>;
