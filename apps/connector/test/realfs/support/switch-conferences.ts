import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { eventually } from '../../support/system';

/** The demo conferences: their numbers, names and the dialplan context a caller dials them from. */
export const DEMO_CONFERENCES = {
  team: { num: '30000', name: 'team_g722', type: '16kHz-novideo' },
  friends: { num: '31000', name: 'friends_conf', type: '16kHz-novideo' },
  public: { num: '32000', name: 'public_conf', type: '48kHz-video' },
} as const;
export type DemoContext = keyof typeof DEMO_CONFERENCES;

/** A caller put into a conference over loopback, as the captures do. */
export interface LoopbackCaller {
  number: string;
  name: string;
  /** conf_flags, e.g. `moderator|mute-detect|mute`. */
  flags: string;
  /** Plays a 440 Hz tone into the conference, so that it talks and takes the floor. */
  talks?: boolean;
}

/** A member as `conference <name> json_list` shows it. */
export interface SwitchMember {
  type: 'caller';
  id: number;
  uuid: string;
  caller_id_name: string;
  caller_id_number: string;
  flags: { can_speak: boolean; has_floor: boolean; is_moderator: boolean };
}

interface RecordingNode {
  type: 'recording_node';
  record_path: string;
  status?: 'paused';
}

/** A conference as `conference <name> json_list` shows it. */
export interface SwitchConference {
  conference_name: string;
  member_count: number;
  locked: boolean;
  recording: boolean;
  members: Array<SwitchMember | RecordingNode>;
}

export const callers = (conference: SwitchConference): SwitchMember[] =>
  conference.members.filter((member): member is SwitchMember => member.type === 'caller');

export const recordingNodes = (conference: SwitchConference): RecordingNode[] =>
  conference.members.filter((member): member is RecordingNode => member.type === 'recording_node');

/** What the switch's listing says of the conference's recording, in the protocol's words. */
export function recordingStatus(conference: SwitchConference): 'norec' | 'running' | 'paused' {
  const [node] = recordingNodes(conference);
  return node === undefined ? 'norec' : (node.status ?? 'running');
}

/** The switch's own view of its conferences, and loopback callers to fill them. */
export function switchConferences(freeswitch: RealFreeswitch) {
  /** The conference as FreeSWITCH lists it; undefined when it is not running. */
  const conference = async (name: string): Promise<SwitchConference | undefined> => {
    const answer = await freeswitch.api(`conference ${name} json_list`);
    if (answer.startsWith('-ERR')) return undefined;
    const [found] = JSON.parse(answer) as SwitchConference[];
    return found;
  };
  const running = async (name: string): Promise<SwitchConference> => {
    const found = await conference(name);
    if (found === undefined) throw new Error(`conference ${name} is not running`);
    return found;
  };
  /** The member of the conference that has this caller id number. */
  const member = async (name: string, number: string): Promise<SwitchMember> => {
    const found = callers(await running(name)).find((caller) => caller.caller_id_number === number);
    if (found === undefined) throw new Error(`${number} is no member of ${name}`);
    return found;
  };

  /** Calls the context's conference from that context's dialplan over loopback; resolves with originate's answer. */
  const call = (context: DemoContext, caller: LoopbackCaller): Promise<string> => {
    const variables = `origination_caller_id_number=${caller.number},origination_caller_id_name=${caller.name},conf_flags=${caller.flags}`;
    const application = caller.talks ? '&endless_playback(tone_stream://%(1000,0,440))' : '&park()';
    return freeswitch.api(
      `originate {${variables}}loopback/${DEMO_CONFERENCES[context].num}/${context} ${application}`,
    );
  };

  return {
    conference,
    running,
    member,
    call,
    /**
     * Calls the context's conference and resolves with the member once FreeSWITCH lists it (its uuid is
     * the loopback B-leg's, which is in the conference).
     */
    async join(context: DemoContext, caller: LoopbackCaller): Promise<SwitchMember> {
      const answer = await call(context, caller);
      if (!answer.startsWith('+OK')) throw new Error(`originate to ${context} failed: ${answer}`);
      return eventually(() => member(DEMO_CONFERENCES[context].name, caller.number));
    },
    /** Hangs up the member's call (both loopback legs go). */
    async hangUp(member: SwitchMember): Promise<void> {
      await freeswitch.api(`uuid_kill ${member.uuid}`);
    },
    /** Hangs up every call and waits until FreeSWITCH has no conference and no channel left. */
    async hangUpAll(): Promise<void> {
      await freeswitch.api('hupall');
      await eventually(async () => {
        expect((await freeswitch.api('conference json_list')).trim()).toBe('[]');
        expect(await freeswitch.api('show channels count')).toMatch(/^\s*0 total\./);
      });
    },
  };
}
export type SwitchConferences = ReturnType<typeof switchConferences>;
