import type { Conference, User, XmlState } from '@fscon/contracts';

export type ProvisioningTestState = Pick<XmlState, 'users' | 'conferences' | 'globals'>;

export const TEAM_MAC = '0004f2aabbcc';
export const FRIEND_MAC = '0004f2ddeeff';

export const TEST_SETTINGS = { provisioningUrl: 'https://conf.example.org' };
/** What the globals of provisioningTestState() say about where phones reach FreeSWITCH. */
export const TEST_SIP = { domain: 'conf.example.org', tlsPort: 3361 };

function user(id: string, context: User['context'], polymac = 'none'): User {
  return {
    id,
    password: `pw${id}`,
    conpin: '0815',
    context,
    name: `user${id}`,
    email: `${id}@example.org`,
    polymac,
  };
}

export function conference(num: string, context: Conference['context']): Conference {
  return { num, name: `conf${num}`, type: '16kHz-novideo', context };
}

/** Two team users (one with a Polycom phone), a friend with a Polycom phone, a public user. */
export function provisioningTestState(): ProvisioningTestState {
  return {
    globals: { internal_tls_port: String(TEST_SIP.tlsPort), domain: TEST_SIP.domain },
    users: [
      user('20000', 'team'),
      user('20001', 'team', TEAM_MAC),
      user('21000', 'friends', FRIEND_MAC),
      user('22000', 'public'),
    ],
    conferences: [conference('30000', 'team'), conference('31000', 'friends'), conference('32000', 'public')],
  };
}

/** The server files of the state above, by user id. */
export const FILES = {
  '20000': ['linphone/20000/linphone.xml'],
  '20001': [
    'linphone/20001/linphone.xml',
    `polycom/${TEAM_MAC}/${TEAM_MAC}.cfg`,
    `polycom/${TEAM_MAC}/allprov.cfg`,
    `polycom/${TEAM_MAC}/${TEAM_MAC}-directory.xml`,
  ],
  '21000': [
    'linphone/21000/linphone.xml',
    `polycom/${FRIEND_MAC}/${FRIEND_MAC}.cfg`,
    `polycom/${FRIEND_MAC}/allprov.cfg`,
    `polycom/${FRIEND_MAC}/${FRIEND_MAC}-directory.xml`,
  ],
  '22000': ['linphone/22000/linphone.xml'],
} as const;
