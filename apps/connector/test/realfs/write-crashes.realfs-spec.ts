import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { User } from '@fscon/contracts';
import { INTENT_FILE } from '../../src/config-files/recovery/write-intent-store';
import { folderSnapshot } from '../../src/config-files/test-support/folder-snapshot';
import { adminClient } from './support/admin-client';
import {
  crashSeed,
  seededRandom,
  untilExists,
  untilGone,
  userIdsInFolder,
  workFilesBelow,
} from './support/crash-points';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { expectUsersAgree } from './support/switch-agreement';
import { userExists } from './support/switch-user';

const SEED = crashSeed();
const USERS = 300;
const KILLS_PER_ROUTE = 4;

const indexes = [...Array(USERS).keys()];
const ADD = indexes.map((i) => ({
  name: `crash${i}`,
  email: `crash${i}@example.org`,
  context: 'public',
  password: `pw-crash-${i}`,
}));
const modified = (ids: string[]) =>
  ids.map((id, i) => ({
    id,
    name: `crash${i}-m`,
    email: `m${i}@example.org`,
    password: `pw-m-${i}`,
    polymac: 'none',
  }));
const restored = (ids: string[]) =>
  ids.map((id, i) => ({
    id,
    name: `crash${i}`,
    email: `crash${i}@example.org`,
    password: `pw-crash-${i}`,
    polymac: 'none',
  }));

type Snapshot = Record<string, string>;
interface Write {
  route: 'add' | 'mod' | 'del';
  body: object[];
}

/**
 * The connector is killed with SIGKILL at seeded random moments of bulk writes against a real
 * FreeSWITCH (each after the write's record appeared, within about as long as the record lasted in an
 * uninterrupted run), then started again. Every time, the configuration folder must be exactly as
 * before the write or exactly as after it, and FreeSWITCH and the connector must agree with it.
 */
describeRealFs(`real FreeSWITCH: the connector killed in the middle of bulk writes (seed ${SEED})`, () => {
  let system: RealSystem;
  let ids: string[] = [];
  const client = adminClient(() => system);
  const random = seededRandom(SEED);
  const record = () => join(system.staticDir, INTENT_FILE);
  const snapshot = (): Snapshot => folderSnapshot(system.freeswitch.confDir);
  const kills: string[] = [];

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(async () => {
    process.stdout.write(`write crashes, seed ${SEED}:\n${kills.join('\n')}\n`);
    await system?.stop();
  });

  /** Runs a write to its end; resolves with its answer and how long its record lasted, in ms. */
  const uninterrupted = async ({ route, body }: Write) => {
    const answer = client.writeUsers(route, body);
    const appeared = await untilExists(record());
    const gone = await untilGone(record());
    const { done, failed } = await answer;
    expect(failed).toEqual([]);
    return { done: done as User[], lasted: gone - appeared };
  };

  /** Kills the connector during the write, starts it again and checks the outcome; resolves with whether it was done. */
  const killDuring = async ({ route, body }: Write, lasted: number, before: Snapshot, after: Snapshot) => {
    const answer = client.writeUsers(route, body).catch(() => undefined);
    await untilExists(record());
    const delay = random() * lasted;
    await new Promise((resolve) => setTimeout(resolve, delay));
    process.kill(system.connector.pid, 'SIGKILL');
    await answer;
    const recorded = existsSync(record());
    await system.restartConnector();
    await system.connector.untilLogged(/provisioning \w+ run:/);

    const now = snapshot();
    const done = JSON.stringify(now) === JSON.stringify(after);
    kills.push(
      `  ${route}: killed ${Math.round(delay)} ms into a ${Math.round(lasted)} ms write, ` +
        `record ${recorded ? 'there' : 'gone'}, folder ${done ? 'all after' : 'all before'}`,
    );
    if (!done) expect(now).toEqual(before);
    expect(workFilesBelow(system.freeswitch.confDir)).toEqual([]);
    expect(workFilesBelow(system.staticDir)).toEqual([]);
    expect(existsSync(record())).toBe(false);
    const listed = (await client.users()).map((user) => user.id).sort();
    expect(listed).toEqual(userIdsInFolder(system.freeswitch.confDir));
    await expectUsersAgree(system);
    const sample = [ids[0]!, ids[Math.floor(USERS / 2)]!, ids[USERS - 1]!];
    const present = route === 'add' ? done : route === 'mod' || !done;
    for (const id of sample) expect(await userExists(system.freeswitch, id)).toBe(present);
    return done;
  };

  /**
   * Runs `forward` and `back` once each to their end (the folder must be as before again), then
   * kills the connector during `forward` again and again, running `back` whenever forward was done.
   */
  const killsDuring = async (forward: Write, back: Write) => {
    const before = snapshot();
    const { lasted } = await uninterrupted(forward);
    const after = snapshot();
    await uninterrupted(back);
    expect(snapshot()).toEqual(before);
    for (let kill = 0; kill < KILLS_PER_ROUTE; kill += 1) {
      if (await killDuring(forward, lasted, before, after)) await uninterrupted(back);
    }
  };

  const add = (): Write => ({ route: 'add', body: ADD });
  const del = (): Write => ({ route: 'del', body: ids.map((id) => ({ id })) });

  it('adds: all or none of the users, at every kill point', async () => {
    ids = (await uninterrupted(add())).done.map((user) => user.id);
    await uninterrupted(del());
    await killsDuring(add(), del());
  }, 90_000);

  it('modifies: all or none of the users, at every kill point', async () => {
    await uninterrupted(add());
    await killsDuring({ route: 'mod', body: modified(ids) }, { route: 'mod', body: restored(ids) });
  }, 90_000);

  it('deletes: all or none of the users, at every kill point', async () => {
    await killsDuring(del(), add());
  }, 90_000);
});
