import type { LoopbackCaller } from './conference-callers';

/** The demo conferences (config/demo): their numbers, names and types, by the context they belong to. */
export const DEMO_CONFERENCES = {
  team: { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  friends: { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  public: { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
} as const;
export type DemoContext = keyof typeof DEMO_CONFERENCES;

/** The three contexts, most seeing first. */
export const CONTEXTS = ['team', 'friends', 'public'] as const;

/** The contexts whose conferences each context may see (public to all, friends to friends and team). */
export const VISIBLE_CONTEXTS: Record<DemoContext, readonly DemoContext[]> = {
  team: ['team', 'friends', 'public'],
  friends: ['friends', 'public'],
  public: ['public'],
};

/** The demo users' SIP accounts: the user id a phone registers as, and its password. */
export const SIP_ACCOUNTS = {
  defaultuser: { user: '20000', password: 'napw' },
  teamuser2: { user: '20001', password: 'pw20001' },
  publicuser: { user: '22000', password: 'pw22000' },
} as const;

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
