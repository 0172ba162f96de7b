import type { UserInfoResponse } from '@fscon/contracts';
import { eventually } from '../support/system';
import { adminClient } from './support/admin-client';
import { provisionedPhones } from './support/provisioned-phones';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { sofiaProfile, type SofiaProfile } from './support/sofia-profile';

/** The name phones reach the connector's HTTPS server by; deliberately not the switch's address. */
const CONHOSTNAME = 'phones.example.test';

describeRealFs('real FreeSWITCH: phones are provisioned with what the switch listens on', () => {
  let system: RealSystem;
  let profile: SofiaProfile;
  let phones: ReturnType<typeof provisionedPhones>;
  const client = adminClient(() => system);

  beforeAll(async () => {
    system = await startRealSystem({ env: { CONHOSTNAME } });
    profile = await sofiaProfile(system.freeswitch, 'internal');
    phones = provisionedPhones(system, profile, `https://${CONHOSTNAME}:${system.connector.port}`);
  }, 60_000);
  afterAll(() => system?.stop());

  it('reads the listeners FreeSWITCH reports for its internal profile', () => {
    const { ports } = system.freeswitch;
    expect(profile.plain).toEqual({ host: '127.0.0.1', port: ports.sip, transports: ['udp', 'tcp'] });
    expect(profile.tls).toEqual({ host: '127.0.0.1', port: ports.tls, transports: ['tls'] });
    expect(profile.wss).toEqual({ host: '127.0.0.1', port: ports.wss, transports: ['wss'] });
  });

  it("gives every user's Linphone the switch's TLS listener and the domain it authenticates them in", async () => {
    const users = await client.users();
    expect(users.length).toBeGreaterThan(0);
    await eventually(async () => {
      for (const user of users) await phones.expectLinphoneAgrees(user);
    });
  });

  it("gives the Polycom phone the switch's TLS listener and the domain it authenticates its user in", async () => {
    const teamuser2 = (await client.users()).find((user) => user.polymac === '0004f2aabbcc')!;
    await eventually(() => phones.expectPolycomAgrees(teamuser2));
  });

  it('tells the web phone the TLS and WSS ports the switch listens on', async () => {
    const answer = await phones.fetchAs('/userinfo', { name: 'defaultuser', password: 'napw' });
    const info = JSON.parse(answer) as UserInfoResponse;
    expect(Number(info.internal_tls_port)).toBe(profile.tls!.port);
    expect(Number(/:(\d+)$/.exec(info.wss_binding)?.[1])).toBe(profile.wss!.port);
  });

  it('provisions a new user and a changed password as the switch has them', async () => {
    const added = await client.writeUsers('add', [
      { name: 'newphone', email: 'np@example.org', context: 'friends', polymac: '64167f0a0b0c' },
    ]);
    const changed = await client.writeUsers('mod', [
      { id: added.done[0]!.id, polymac: added.done[0]!.polymac, password: 'new-pw' },
    ]);
    const [user] = changed.done;
    expect(user).toMatchObject({ context: 'friends', password: 'new-pw', polymac: '64167f0a0b0c' });
    await eventually(async () => {
      await phones.expectLinphoneAgrees(user!);
      await phones.expectPolycomAgrees(user!);
    });
  });
});
