import { CJsonValue } from './cjson';
import { Conference, Member } from './conference';

const seconds = (micros: number): number => Math.floor(micros / 1_000_000);

/** The conference flags `conference list` prints, in mod_conference's order. */
function conferenceFlags(conference: Conference): string[] {
  const profileFlags = conference.profile.conferenceFlags;
  return [
    ...(conference.locked ? ['locked'] : []),
    'running', 'answered', 'enforce_min', 'dynamic', 'exit_sound', 'enter_sound',
    ...(conference.recordings.length > 0 ? ['recording'] : []),
    ...(profileFlags.includes('livearray-sync') ? ['livearray_sync'] : []),
    ...(profileFlags.includes('minimize-video-encoding') ? ['minimize_video_encoding'] : []),
    ...(profileFlags.includes('livearray-json-status') ? ['json_status'] : []),
  ]; // prettier-ignore
}

/** A member's flags as `conference <name> list` prints them. */
function listFlags(conference: Conference, member: Member): string {
  const { flags } = member;
  return [
    flags.canHear && !flags.hold ? 'hear' : '',
    flags.canSpeak && !flags.hold ? 'speak' : '',
    flags.talking && !flags.hold ? 'talking' : '',
    flags.hold ? 'hold' : '',
    conference.floorHolder === member ? 'floor' : '',
    flags.isModerator ? 'moderator' : '',
    flags.ghost ? 'ghost' : '',
  ]
    .filter(Boolean)
    .join('|');
}

/** `conference <name> list`: one `id;channel;uuid;name;number;flags;volume_in;volume_out;energy` line per member. */
export function listMembers(conference: Conference): string {
  return conference.members
    .map((m) => {
      const c = m.channel;
      return `${m.id};${c.name};${c.uuid};${c.callerIdName};${c.callerIdNumber};${listFlags(conference, m)};${m.volumeIn};${m.volumeOut};${m.energyLevel}\n`;
    })
    .join('');
}

/** `conference list`: a headline per conference, then its members. */
export function listConference(conference: Conference): string {
  const count = conference.members.length;
  return (
    `+OK Conference ${conference.name} (${count} member${count === 1 ? '' : 's'} rate: ${conference.profile.rate} ` +
    `flags: ${conferenceFlags(conference).join('|')})\n${listMembers(conference)}`
  );
}

function memberJson(conference: Conference, member: Member, now: number): CJsonValue {
  const { flags, channel } = member;
  return {
    type: 'caller',
    id: member.id,
    flags: {
      can_hear: flags.canHear,
      can_see: flags.canSee,
      can_speak: flags.canSpeak,
      hold: flags.hold,
      mute_detect: flags.muteDetect,
      talking: flags.talking,
      has_video: flags.hasVideo,
      video_bridge: false,
      has_floor: conference.floorHolder === member,
      is_moderator: flags.isModerator,
      end_conference: flags.endConference,
      mandatory_member_end_conference: flags.mandatoryMemberEndConference,
      pass_digits: false,
    },
    uuid: channel.uuid,
    caller_id_name: channel.callerIdName,
    caller_id_number: channel.callerIdNumber,
    join_time: seconds(now - member.joinedMicros),
    last_talking: 0,
    energy: member.energyLevel,
    volume_in: member.volumeIn,
    volume_out: member.volumeOut,
    'output-volume': member.volumeOut,
    'input-volume': member.volumeIn,
  };
}

/** conference_jlist: one conference of `conference json_list`, recording nodes before the callers. */
export function conferenceJson(conference: Conference, now: number): CJsonValue {
  const recordings: CJsonValue[] = conference.recordings.map((recording) => ({
    type: 'recording_node',
    record_path: recording.path,
    ...(recording.pausedAtMicros !== undefined ? { status: 'paused' } : {}),
    join_time: seconds(recording.startedMicros),
  }));
  return {
    conference_name: conference.name,
    member_count: conference.members.length,
    ghost_count: conference.members.filter((m) => m.flags.ghost).length,
    rate: conference.profile.rate,
    run_time: seconds(now - conference.createdMicros),
    conference_uuid: conference.uuid,
    canvas_count: 0,
    max_bw_in: 0,
    force_bw_in: 0,
    video_floor_packets: 0,
    locked: conference.locked,
    destruct: false,
    wait_mod: false,
    audio_always: false,
    running: true,
    answered: true,
    enforce_min: true,
    bridge_to: false,
    dynamic: true,
    exit_sound: true,
    enter_sound: true,
    recording: conference.recordings.length > 0,
    video_bridge: false,
    video_floor_only: false,
    video_rfc4579: false,
    variables: {},
    members: [...recordings, ...conference.members.map((m) => memberJson(conference, m, now))],
  };
}
