import type { LoopbackCaller } from './switch-conferences';

/** The demo users as loopback callers, with the conf_flags their directory entries give them. */
export const DEMO_CALLERS = {
  /** 20000: a moderator who joins muted. */
  moderator: { number: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' },
  /** 20001: a moderator who talks (a tone) and so takes the floor. */
  talker: { number: '20001', name: 'teamuser2', flags: 'moderator|mute-detect', talks: true },
  /** 20001 without the tone: a moderator who joins able to speak but stays silent. */
  teamuser2: { number: '20001', name: 'teamuser2', flags: 'moderator|mute-detect' },
  friend: { number: '21000', name: 'frienduser', flags: 'moderator|mute-detect' },
  /** 22000: an ordinary member who joins muted. */
  member: { number: '22000', name: 'publicuser', flags: 'mute-detect|mute' },
} satisfies Record<string, LoopbackCaller>;
