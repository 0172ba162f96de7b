import type { LiveConference } from '@fscon/contracts';
import { conferenceEvents } from './support/live-events';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = ['login=defaultuser:napw', 'login=frienduser:pw21000', 'login=publicuser:pw22000'];
const names = (message: Received) => (message as { data: LiveConference[] }).data.map((c) => c.name).sort();

async function started(
  env: Record<string, string>,
): Promise<{ system: TestSystem; clients: LiveTestClient[] }> {
  const system = await startSystem(env);
  await eventually(async () => (await LiveTestClient.open(system.url, LOGINS[0])).close());
  const clients = await Promise.all(LOGINS.map((login) => LiveTestClient.open(system.url, login)));
  return { system, clients };
}

describe('/api/live: after FreeSWITCH changes behind the connector', () => {
  let system: TestSystem;
  let clients: LiveTestClient[];

  beforeAll(async () => {
    ({ system, clients } = await started({ LIVE_RECONCILE_MS: '0' }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all((clients ?? []).map((c) => c.close()));
    await system?.stop();
  });

  it('tells every client newXML after a reloadxml', async () => {
    const from = clients.map((c) => c.received.length);
    expect(system.simulator.reloadxml()).toBe('Success');
    for (const [i, client] of clients.entries()) {
      expect(await client.next(isEvent('newXML'), from[i])).toMatchObject({ event: 'newXML' });
    }
  });

  it('rebuilds the live state when FreeSWITCH comes back, and sends each context its newLiveState', async () => {
    const events = conferenceEvents(system.simulator);
    events.join('team_g722', { confid: '1', id: '20000', name: 'ann' });
    events.join('public_conf', { confid: '2', id: '22000', name: 'cy' });
    await clients[2].next(isEvent('newConference', 'public_conf'));
    const init = await clients[0].ask({ req: 'init' }, (m) => m.event === 'reply');
    expect(names(init)).toEqual(['public_conf', 'team_g722']);

    const from = clients.map((c) => c.received.length);
    await system.restartSimulator();
    const rebuilt = await Promise.all(clients.map((c, i) => c.next(isEvent('newLiveState'), from[i])));
    expect(rebuilt.map(names)).toEqual([[], [], []]);
    const seqs = rebuilt.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(1);

    conferenceEvents(system.simulator).join('friends_conf', { confid: '1', id: '21000', name: 'bo' });
    expect(await clients[1].next(isEvent('newConference', 'friends_conf'), from[1])).toMatchObject({
      data: { members: [{ confid: '1', name: 'bo' }] },
    });
    expect((await clients[1].next(isEvent('newConference', 'friends_conf'), from[1])).seq).toBeGreaterThan(
      seqs[0]!,
    );
  });
});

describe('/api/live: periodic reconciliation', () => {
  let system: TestSystem;
  let clients: LiveTestClient[];

  beforeAll(async () => {
    ({ system, clients } = await started({ LIVE_RECONCILE_MS: '200' }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all((clients ?? []).map((c) => c.close()));
    await system?.stop();
  });

  it('corrects the clients when FreeSWITCH no longer lists a conference the connector holds', async () => {
    conferenceEvents(system.simulator).join('public_conf', { confid: '3', id: '22000', name: 'cy' });
    for (const client of clients) {
      const joined = await client.next(isEvent('newConference', 'public_conf'));
      const ended = await client.next(isEvent('delConference', 'public_conf'));
      expect(ended.seq).toBeGreaterThan(joined.seq!);
    }
    const init = await clients[0].ask({ req: 'init' }, (m) => m.event === 'reply');
    expect(names(init)).toEqual([]);
  });
});
