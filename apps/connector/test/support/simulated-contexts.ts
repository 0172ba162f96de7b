import { LiveTestClient } from './live-client';
import { eventually, startSystem, type TestSystem } from './system';

const LOGINS = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
};

/** The system on the simulator, and a live client of a user of each context (public's is `everyone`). */
export interface SimulatedContexts {
  system: TestSystem;
  team: LiveTestClient;
  friends: LiveTestClient;
  everyone: LiveTestClient;
}

/**
 * Registers beforeAll (the system without reconciliation, one live client per context) and afterAll
 * (all closed); the fields are there once beforeAll has run.
 */
export function simulatedContexts(): SimulatedContexts {
  const contexts = {} as SimulatedContexts;
  beforeAll(async () => {
    contexts.system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    const { url } = contexts.system;
    await eventually(async () => (await LiveTestClient.open(url, LOGINS.team)).close());
    [contexts.team, contexts.friends, contexts.everyone] = await Promise.all(
      [LOGINS.team, LOGINS.friends, LOGINS.public].map((login) => LiveTestClient.open(url, login)),
    );
  }, 60_000);
  afterAll(async () => {
    const { team, friends, everyone } = contexts;
    await Promise.all([team, friends, everyone].filter(Boolean).map((client) => client.close()));
    await contexts.system?.stop();
  });
  return contexts;
}
