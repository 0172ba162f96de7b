import type { RealFreeswitch } from '@fscon/real-freeswitch';

/** A caller in `conference json_list`, as far as the tests read it. */
export interface SwitchMember {
  type: 'caller';
  id: number;
  uuid: string;
  caller_id_name: string;
  caller_id_number: string;
  flags: { can_speak: boolean; is_moderator: boolean };
}

interface SwitchConference {
  conference_name: string;
  members: Array<SwitchMember | { type: 'recording_node' }>;
}

/** The running conferences' names: `conference json_list`. */
export async function runningConferences(freeswitch: RealFreeswitch): Promise<string[]> {
  return (await conferenceList(freeswitch)).map((conference) => conference.conference_name);
}

/** The callers in a conference, none when it does not run: `conference json_list`. */
export async function conferenceCallers(freeswitch: RealFreeswitch, name: string): Promise<SwitchMember[]> {
  const conference = (await conferenceList(freeswitch)).find((c) => c.conference_name === name);
  return (conference?.members ?? []).filter((member): member is SwitchMember => member.type === 'caller');
}

/** A channel's variables (`variable_` names without that prefix), decoded: `uuid_dump`. */
export async function channelVariables(
  freeswitch: RealFreeswitch,
  uuid: string,
): Promise<Record<string, string>> {
  const dump = await freeswitch.api(`uuid_dump ${uuid}`);
  return Object.fromEntries(
    [...dump.matchAll(/^variable_([^:]+): (.*)$/gm)].map((match) => [
      match[1]!,
      decodeURIComponent(match[2]!),
    ]),
  );
}

/** How many media packets a channel's audio stream received and sent so far: the JSON API mediaStats. */
export async function audioPackets(
  freeswitch: RealFreeswitch,
  uuid: string,
): Promise<{ received: number; sent: number }> {
  const request = JSON.stringify({ command: 'mediaStats', data: { uuid } });
  const answer = JSON.parse(await freeswitch.api(`json ${request}`)) as {
    response: { audio?: { in_media_packet_count: number; out_media_packet_count: number } };
  };
  const audio = answer.response.audio;
  if (!audio) throw new Error(`no audio statistics for ${uuid}: ${JSON.stringify(answer)}`);
  return { received: audio.in_media_packet_count, sent: audio.out_media_packet_count };
}

async function conferenceList(freeswitch: RealFreeswitch): Promise<SwitchConference[]> {
  return JSON.parse(await freeswitch.api('conference json_list')) as SwitchConference[];
}
