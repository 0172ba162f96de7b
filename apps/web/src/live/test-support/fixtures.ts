import {
  MEMBER_AUDIO_DEFAULTS,
  type LiveConference,
  type LiveDelta,
  type LiveMember,
  type LiveRegistration,
} from '@fscon/contracts';

export function member(confid: string, name = `member${confid}`, mute = false): LiveMember {
  return { name, id: `2000${confid}`, confid, mute, ...MEMBER_AUDIO_DEFAULTS };
}

export function conference(name: string, members: LiveMember[] = [member('1')]): LiveConference {
  return {
    name,
    context: 'team',
    type: '16kHz-novideo',
    num: '30000',
    recording: { status: 'norec' },
    locked: false,
    floor: {},
    lastjoin: members[0] ?? {},
    lastleave: {},
    memcount: members.length,
    members,
  };
}

export function registration(regid: string, id = '20000'): LiveRegistration {
  return { id, regid, sipcon: '10.0.0.1:5060' };
}

/** The delta with a sequence number. */
export function seq<T extends LiveDelta>(n: number, delta: T): T {
  return { ...delta, seq: n };
}
