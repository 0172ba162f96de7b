import type { Conference, Context, User } from '@fscon/contracts';

/** The captured demo conferences plus one more per context, deliberately not in number order. */
export const SAMPLE_CONFERENCES: Conference[] = [
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
  { num: '31001', name: 'friends_late', type: '48kHz-novideo', context: 'friends' },
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '30001', name: 'team_video', type: '48kHz-video', context: 'team' },
  { num: '32001', name: 'public_lobby', type: '16kHz-novideo', context: 'public' },
];

/** FreeSWITCH's `domain` global. */
export const SAMPLE_DOMAIN = 'conf.example.org';
export const SAMPLE_TLS_PORT = 3361;
export const SAMPLE_PROVISIONING_URL = 'https://conf.example.org';

const IDS: Record<Context, string> = { team: '20001', friends: '21000', public: '22000' };
const MACS: Record<Context, string> = {
  team: '0004f2a1b2c3',
  friends: '0004f2d4e5f6',
  public: '64167f0a0b0c',
};

/** A user of `context` with a Polycom phone. */
export function sampleUser(context: Context, overrides: Partial<User> = {}): User {
  return {
    id: IDS[context],
    password: `pw${IDS[context]}x`,
    conpin: '0815',
    context,
    name: `${context}user`,
    email: `${context}@example.org`,
    polymac: MACS[context],
    ...overrides,
  };
}

/** Values that try to break out of an element or an attribute. */
export const HOSTILE_NAME = '"/><entry name="x';
export const HOSTILE_PASSWORD = `p'w"<&>\\`;
