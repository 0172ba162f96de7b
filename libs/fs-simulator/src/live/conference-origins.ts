import { EventOrigin } from '../events/origins';

const origin = (file: string, func: string, line: number): EventOrigin => ({ file, func, line });

/** Where mod_conference (and the core, for DTMF) creates the events the simulator fires. */
export const CONFERENCE_ORIGINS = {
  create: origin('mod_conference.c', 'conference_new', 3848),
  destroy: origin('mod_conference.c', 'conference_thread_run', 863),
  addMember: origin('conference_member.c', 'conference_member_add', 962),
  delMember: origin('conference_member.c', 'conference_member_del', 1355),
  floorChange: origin('conference_member.c', 'conference_member_set_floor_holder', 1158),
  fileDone: origin('conference_file.c', 'conference_file_close', 52),
  mute: origin('conference_api.c', 'conference_api_sub_mute', 339),
  unmute: origin('conference_api.c', 'conference_api_sub_unmute', 492),
  kick: origin('conference_api.c', 'conference_api_sub_kick', 902),
  energy: origin('conference_api.c', 'conference_api_sub_energy', 1392),
  energyLevel: origin('conference_api.c', 'conference_api_sub_energy', 1228),
  deaf: origin('conference_api.c', 'conference_api_sub_deaf', 797),
  undeaf: origin('conference_api.c', 'conference_api_sub_undeaf', 839),
  volumeIn: origin('conference_api.c', 'conference_api_sub_volume_in', 1574),
  volumeOut: origin('conference_api.c', 'conference_api_sub_volume_out', 1609),
  transfer: origin('conference_api.c', 'conference_api_sub_transfer', 3704),
  playMember: origin('conference_api.c', 'conference_api_sub_play', 2846),
  lock: origin('conference_api.c', 'conference_api_sub_lock', 3474),
  unlock: origin('conference_api.c', 'conference_api_sub_unlock', 3496),
  play: origin('conference_api.c', 'conference_api_sub_play', 2817),
  playFailed: origin('conference_file.c', 'conference_file_play', 268),
  pauseRecording: origin('conference_api.c', 'conference_api_sub_pauserec', 3860),
  startRecording: origin('conference_record.c', 'conference_record_thread_run', 319),
  stopRecording: origin('conference_record.c', 'conference_record_thread_run', 427),
  muteDetect: origin('conference_loop.c', 'conference_loop_input', 1167),
  startTalking: origin('conference_loop.c', 'conference_loop_input', 1154),
  stopTalking: origin('conference_loop.c', 'stop_talking_handler', 783),
  dtmfControl: origin('conference_loop.c', 'conference_loop_event', 619),
  dtmf: origin('switch_channel.c', 'switch_channel_dequeue_dtmf', 678),
  volumeTalkUp: origin('conference_loop.c', 'conference_loop_volume_talk_up', 440),
  volumeTalkZero: origin('conference_loop.c', 'conference_loop_volume_talk_zero', 471),
  volumeTalkDn: origin('conference_loop.c', 'conference_loop_volume_talk_dn', 503),
  volumeListenUp: origin('conference_loop.c', 'conference_loop_volume_listen_up', 534),
  volumeListenZero: origin('conference_loop.c', 'conference_loop_volume_listen_zero', 565),
  volumeListenDn: origin('conference_loop.c', 'conference_loop_volume_listen_dn', 597),
} satisfies Record<string, EventOrigin>;

export const CONFERENCE_MAINTENANCE = 'conference::maintenance';
