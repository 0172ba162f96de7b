import fc from 'fast-check';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import type { JournalEntry } from '@fscon/journal';
import { startConnectorProcess, type ConnectorProcess } from '@fscon/real-freeswitch';
import { createConfWorkspace, type ConfWorkspace } from '../../demo/src/conf-workspace';
import { readJournalFile } from '../../../libs/journal/src/sqlite/test-support/journal-file-reader';
import { tempFolder, type TempFolder } from '../../../libs/journal/src/test-support/journal-files';
import { digestJson } from './support/json-requests';
import { ensureConnectorBuilt, REPO_ROOT } from './support/fresh-build';
import { simulatorConnectorEnv } from './support/simulator-connector-env';
import { eventually } from './support/system';

const KILLS = 4;
const LIVE_PACE_MS = 5;
const ES_PASSWORD = 'es-pw-of-the-kill-test';
/** Milliseconds after the first answered admin write at which each round's connector is killed. */
const KILL_DELAYS = fc.sample(fc.integer({ min: 200, max: 2500 }), { seed: 20261208, numRuns: KILLS });

/** An admin write the connector answered: the entry the journal must hold for it. */
interface Answered {
  kind: 'user.added' | 'user.deleted';
  name: string;
}

const adminKey = (entry: JournalEntry): string | undefined => {
  if (entry.source.type !== 'admin') return undefined;
  const { before, after } = entry.payload as {
    before: { name: string } | null;
    after: { name: string } | null;
  };
  return `${entry.kind} ${(after ?? before)?.name}`;
};

/**
 * The built connector, killed with SIGKILL at seeded moments while the simulator's members join and
 * leave and admins add and delete users: after each kill the journal file is intact, its seqs have no
 * gap, and every admin write whose answer arrived has its entry.
 */
describe('a connector killed while it journals', () => {
  let workspace: ConfWorkspace;
  let simulator: Simulator;
  let folder: TempFolder;
  let journalPath: string;

  beforeAll(async () => {
    ensureConnectorBuilt();
    workspace = createConfWorkspace();
    folder = tempFolder();
    journalPath = folder.file('journal.sqlite');
    simulator = await startSimulator({
      confDir: workspace.confDir,
      host: '127.0.0.1',
      port: 0,
      password: ES_PASSWORD,
    });
  }, 120_000);
  afterAll(async () => {
    await simulator?.stop();
    workspace?.remove();
    folder?.remove();
  });

  const start = () =>
    startConnectorProcess(REPO_ROOT, {
      ...simulatorConnectorEnv(workspace, simulator, ES_PASSWORD),
      JOURNAL_PATH: journalPath,
      LOG_LEVEL: 'warn',
    });

  /** A member joins and leaves conference 30000 every LIVE_PACE_MS until stopped. */
  function liveLoad(): () => Promise<void> {
    let running = true;
    const loop = (async () => {
      while (running) {
        const member = await simulator.calls.join({ number: '30000', user: '20001' });
        await simulator.calls.leave(member.memberId);
        await new Promise((resolve) => setTimeout(resolve, LIVE_PACE_MS));
      }
    })();
    return () => {
      running = false;
      return loop;
    };
  }

  /** Adds and deletes users, one request at a time, until the connector is killed. */
  async function adminLoad(
    connector: ConnectorProcess,
    round: number,
    answered: Answered[],
    killer: { first(): void; killed: boolean },
  ) {
    const { ok } = digestJson(() => connector.url);
    for (let i = 0; ; i++) {
      const name = `load-${round}-${i}`;
      try {
        const added = await ok('/api/users/add', [{ name, email: `${name}@example.org`, context: 'public' }]);
        answered.push({ kind: 'user.added', name });
        killer.first();
        await ok('/api/users/del', [{ id: added.done[0].id }]);
        answered.push({ kind: 'user.deleted', name });
      } catch (error) {
        if (killer.killed) return;
        throw error;
      }
    }
  }

  it('leaves an intact journal with gapless seqs holding every answered admin write, kill after kill', async () => {
    const rounds: { integrity: string; gapless: boolean; missing: string[]; grew: boolean }[] = [];
    let liveBefore = 0;
    for (let round = 0; round < KILLS; round++) {
      const connector = await start();
      await eventually(async () => expect((await fetch(`${connector.url}/readyz`)).status).toBe(200), 30_000);
      const answered: Answered[] = [];
      let killTimer: NodeJS.Timeout | undefined;
      const killer = {
        killed: false,
        first: () => {
          killTimer ??= setTimeout(() => {
            killer.killed = true;
            process.kill(connector.pid, 'SIGKILL');
          }, KILL_DELAYS[round]);
        },
      };
      const stopLive = liveLoad();
      try {
        await adminLoad(connector, round, answered, killer);
      } finally {
        clearTimeout(killTimer);
        await stopLive();
        await connector.stop();
      }

      const { integrity, entries } = readJournalFile(journalPath);
      const stored = new Set(entries.map(adminKey));
      const live = entries.filter((entry) => entry.kind === 'member.joined').length;
      rounds.push({
        integrity,
        gapless: entries.every((entry, i) => entry.seq === i + 1),
        missing: answered.map(({ kind, name }) => `${kind} ${name}`).filter((key) => !stored.has(key)),
        grew: answered.length > 0 && live > liveBefore,
      });
      liveBefore = live;
    }
    expect(rounds).toEqual(
      Array.from({ length: KILLS }, () => ({ integrity: 'ok', gapless: true, missing: [], grew: true })),
    );
  }, 180_000);
});
