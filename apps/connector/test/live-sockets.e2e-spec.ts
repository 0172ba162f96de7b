import { LiveGateway } from '../src/live/gateway/live-gateway';
import { conferenceEvents } from './support/live-events';
import { LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = 'login=defaultuser:napw';
const FRIENDS = 'login=frienduser:pw21000';

async function started(env: Record<string, string>): Promise<TestSystem> {
  const system = await startSystem({ LIVE_RECONCILE_MS: '0', ...env });
  await eventually(async () => (await LiveTestClient.open(system.url, TEAM)).close());
  return system;
}

describe('/api/live: sockets that do not answer pings', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await started({ LIVE_PING_MS: '500' });
  }, 60_000);
  afterAll(() => system?.stop());

  it('closes a socket that did not answer the previous ping, and keeps one that did', async () => {
    const answering = await LiveTestClient.open(system.url, TEAM);
    const silent = await LiveTestClient.open(system.url, FRIENDS, { autoPong: false });
    await new Promise((resolve) => silent.socket.once('ping', resolve));
    expect((await silent.closed).code).toBe(1006);
    expect(answering.socket.readyState).toBe(answering.socket.OPEN);
    expect(await answering.ask({ req: 'initreg' }, (m) => m.event === 'reply')).toMatchObject({
      reply: 'initreg',
    });
    await answering.close();
  });
});

describe('/api/live: clients that stop reading', () => {
  let system: TestSystem;
  const openSockets = () => system.app.get(LiveGateway).size;

  beforeAll(async () => {
    system = await started({ LIVE_QUEUE_BYTES: '1048576' });
    await eventually(() => expect(openSockets()).toBe(0));
  }, 60_000);
  afterAll(() => system?.stop());

  it('closes a client once its queue is full, while the others get every delta', async () => {
    const reading = [
      await LiveTestClient.open(system.url, TEAM),
      await LiveTestClient.open(system.url, FRIENDS),
    ];
    const stalled = await LiveTestClient.open(system.url, TEAM);
    await eventually(() => expect(openSockets()).toBe(3));
    stalled.socket.pause();

    const joins = 600;
    const batch = 15;
    const name = 'n'.repeat(32 * 1024);
    const events = conferenceEvents(system.simulator);
    const joined = (m: Received) => m.event === 'newConference' || m.event === 'newMember';
    const member = (i: number) => (m: Received) =>
      (m.event === 'newMember' && m.data.confid === String(1000 + i)) ||
      (m.event === 'newConference' && m.data.members[0]?.confid === String(1000 + i));
    // In batches that the reading clients take in before the next, so only the stalled queue grows.
    for (let first = 0; first < joins; first += batch) {
      for (let i = first; i < first + batch; i++) {
        events.join('friends_conf', { confid: String(1000 + i), id: '21000', name: `${i}-${name}` });
      }
      await Promise.all(reading.map((client) => client.next(member(first + batch - 1))));
    }
    for (const client of reading) expect(client.received.filter(joined)).toHaveLength(joins);
    await eventually(() => expect(openSockets()).toBe(2));
    stalled.socket.resume();
    expect((await stalled.closed).code).toBe(1006);
    expect(stalled.received.filter(joined).length).toBeLessThan(joins);
    await Promise.all(reading.map((client) => client.close()));
  });
});
