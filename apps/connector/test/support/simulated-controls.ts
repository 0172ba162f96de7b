import { isEvent, LiveTestClient, type Received } from './live-client';
import { eventually, startSystem, type TestSystem } from './system';

export type Delta = Received & { event: string };

/** A live client that has had its snapshot, so that what follows are deltas. */
export async function openInitialised(url: string, login: string): Promise<LiveTestClient> {
  const client = await LiveTestClient.open(url, login);
  await client.ask({ req: 'init' }, (m) => m.event === 'reply');
  return client;
}

/** Sends a control and resolves with the first message after it that matches, or an error frame. */
export const control = (client: LiveTestClient, request: object, match: (m: Received) => boolean) =>
  client.ask(request, (m) => match(m) || m.event === 'error') as Promise<Delta>;

/** Calls the conference number in the simulator as that user; resolves with the member id once `watcher` saw it join. */
export async function dialIn(
  system: TestSystem,
  watcher: LiveTestClient,
  call: { number: string; user: string; conference: string },
): Promise<string> {
  const { memberId } = await system.simulator.calls.join({ number: call.number, user: call.user });
  await watcher.next(
    (m) => isEvent('newMember', call.conference)(m) || isEvent('newConference', call.conference)(m),
  );
  return String(memberId);
}

export interface ControlTestbed {
  system: TestSystem;
  /** A team user's client, which sees every demo conference. */
  team: LiveTestClient;
  /** A friends user's client. */
  friends: LiveTestClient;
  calls(): TestSystem['simulator']['calls'];
  /** Calls the conference number as that user; the member id once the team client saw it join. */
  dialIn(number: string, user: string, conference: string): Promise<string>;
}

const TEAM = 'login=defaultuser:napw';
const FRIENDS = 'login=frienduser:pw21000';

/**
 * Registers the hooks of a control test file: beforeAll starts the simulator and a connector and opens
 * a team and a friends client; afterAll closes them. The fields are there once beforeAll has run.
 */
export function controlTestbed(): ControlTestbed {
  const testbed = {
    calls: () => testbed.system.simulator.calls,
    dialIn: (number: string, user: string, conference: string) =>
      dialIn(testbed.system, testbed.team, { number, user, conference }),
  } as ControlTestbed;
  beforeAll(async () => {
    testbed.system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => (await LiveTestClient.open(testbed.system.url, TEAM)).close());
    testbed.team = await openInitialised(testbed.system.url, TEAM);
    testbed.friends = await openInitialised(testbed.system.url, FRIENDS);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([testbed.team?.close(), testbed.friends?.close()]);
    await testbed.system?.stop();
  });
  return testbed;
}
