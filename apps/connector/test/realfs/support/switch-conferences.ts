import type { RealFreeswitch } from '@fscon/real-freeswitch';

/** A member as `conference <name> json_list` shows it. */
export interface SwitchMember {
  type: 'caller';
  id: number;
  uuid: string;
  caller_id_name: string;
  caller_id_number: string;
  flags: {
    can_speak: boolean;
    can_hear: boolean;
    talking: boolean;
    has_floor: boolean;
    is_moderator: boolean;
  };
  energy: number;
  volume_in: number;
  volume_out: number;
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

export const callersIn = (conference: SwitchConference): SwitchMember[] =>
  conference.members.filter((member): member is SwitchMember => member.type === 'caller');

export const recordingNodes = (conference: SwitchConference): RecordingNode[] =>
  conference.members.filter((member): member is RecordingNode => member.type === 'recording_node');

/** What the switch's listing says of the conference's recording, in the protocol's words. */
export function recordingStatus(conference: SwitchConference): 'norec' | 'running' | 'paused' {
  const [node] = recordingNodes(conference);
  return node === undefined ? 'norec' : (node.status ?? 'running');
}

/** What FreeSWITCH itself says about its conferences and the channels in them. */
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

  return {
    conference,
    running,
    /** Every running conference: `conference json_list`. */
    all: async (): Promise<SwitchConference[]> =>
      JSON.parse(await freeswitch.api('conference json_list')) as SwitchConference[],
    /** The member of the conference that has this caller id number. */
    async member(name: string, number: string): Promise<SwitchMember> {
      const found = callersIn(await running(name)).find((caller) => caller.caller_id_number === number);
      if (found === undefined) throw new Error(`${number} is no member of ${name}`);
      return found;
    },
    /** How many channels the switch has: `show channels count`. */
    async channelCount(): Promise<number> {
      const answer = await freeswitch.api('show channels count');
      const count = /^\s*(\d+) total\./.exec(answer)?.[1];
      if (count === undefined) throw new Error(`show channels count answered ${answer}`);
      return Number(count);
    },
    /** A channel's variables (`variable_` names without that prefix), decoded: `uuid_dump`. */
    async channelVariables(uuid: string): Promise<Record<string, string>> {
      const dump = await freeswitch.api(`uuid_dump ${uuid}`);
      return Object.fromEntries(
        [...dump.matchAll(/^variable_([^:]+): (.*)$/gm)].map((match) => [
          match[1]!,
          decodeURIComponent(match[2]!),
        ]),
      );
    },
    /** How many media packets a channel's audio stream received and sent so far: the JSON API mediaStats. */
    async audioPackets(uuid: string): Promise<{ received: number; sent: number }> {
      const request = JSON.stringify({ command: 'mediaStats', data: { uuid } });
      const answer = JSON.parse(await freeswitch.api(`json ${request}`)) as {
        response: { audio?: { in_media_packet_count: number; out_media_packet_count: number } };
      };
      const audio = answer.response.audio;
      if (!audio) throw new Error(`no audio statistics for ${uuid}: ${JSON.stringify(answer)}`);
      return { received: audio.in_media_packet_count, sent: audio.out_media_packet_count };
    },
  };
}
export type SwitchConferences = ReturnType<typeof switchConferences>;
