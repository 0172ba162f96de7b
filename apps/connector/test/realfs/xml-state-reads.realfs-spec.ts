import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawClient } from '../../../../libs/fs-simulator/src/test-support/raw-client';
import {
  events,
  eventsMatching,
  send,
  session,
  text,
} from '../../../../libs/fs-simulator/src/test-support/session';
import { isEvent, LiveTestClient } from '../support/live-client';
import { adminClient, xmlStateReads } from './support/admin-client';
import { CONTEXT_LOGINS } from './support/context-clients';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';

/**
 * What one change of the configuration costs on the real switch: `xml_locate directory` commands it ran
 * (API events on a second Event Socket connection), the connector's "xmlState read" and provisioning
 * runs (its log), newXML frames a live client got.
 */
const PROVISIONING_RUN = /provisioning \w+ run:/;
const PROVISIONING_RUN_GLOBAL = new RegExp(PROVISIONING_RUN.source, 'g');

describeRealFs('real FreeSWITCH: one configuration read per change', () => {
  let system: RealSystem;
  let watcher: RawClient;
  let live: LiveTestClient;
  const client = adminClient(() => system);

  const count = () => ({
    directoryReads: events(watcher.frames())
      .map(text)
      .filter((frame) => /\nAPI-Command: xml_locate\nAPI-Command-Argument: directory\n/.test(frame)).length,
    xmlStateReads: xmlStateReads(system),
    provisioningRuns: system.connector.output().match(PROVISIONING_RUN_GLOBAL)?.length ?? 0,
    newXml: live.received.filter(isEvent('newXML')).length,
  });

  let fences = 0;

  /**
   * The switch queues API events to the watcher apart from the replies on its connection, in the order it
   * fired them: once the event of an `echo` sent after the change has arrived, so have the change's own.
   */
  async function fence() {
    const mark = `fence-${(fences += 1)}`;
    await send(watcher, `api echo ${mark}\n\n`);
    await eventsMatching(watcher, new RegExp(`\nAPI-Command: echo\nAPI-Command-Argument: ${mark}\n`));
  }

  /** What `change` cost, counted once its provisioning run is logged and the watcher saw a fence after it. */
  async function cost(change: () => Promise<void>) {
    await fence();
    const before = count();
    const from = live.received.length;
    await change();
    await live.next(isEvent('newXML'), from);
    await system.connector.untilLogged(PROVISIONING_RUN, 30_000, before.provisioningRuns + 1);
    await live.ask({ req: 'init' }, (message) => message.event === 'reply');
    await fence();
    const after = count();
    return Object.fromEntries(
      Object.entries(after).map(([name, value]) => [name, value - before[name as keyof typeof before]]),
    );
  }

  const once = { directoryReads: 1, xmlStateReads: 1, provisioningRuns: 1, newXml: 1 };

  beforeAll(async () => {
    system = await startRealSystem();
    watcher = await session(system.freeswitch.ports.eventSocket, 'event plain API\n\n');
    live = await LiveTestClient.open(system.connector.url, CONTEXT_LOGINS.team);
    await system.connector.untilLogged(PROVISIONING_RUN);
  }, 60_000);
  afterAll(async () => {
    watcher?.destroy();
    await live?.close();
    await system?.stop();
  });

  it('reads the configuration once for one user added', async () => {
    const spent = await cost(async () => {
      const answer = await client.writeUsers('add', [
        { name: 'once', email: 'o@example.org', context: 'public' },
      ]);
      expect(answer.failed).toEqual([]);
    });
    expect(spent).toEqual(once);
  });

  it('reads the configuration once for a write FreeSWITCH refuses', async () => {
    const planted = join(system.freeswitch.confDir, 'directory/team/29999.xml');
    writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');
    const spent = await cost(async () => {
      const answer = await client.writeUsers('add', [
        { name: 'refused', email: 'r@example.org', context: 'team' },
      ]);
      expect(answer.failed).toHaveLength(1);
    });
    rmSync(planted);
    expect(spent).toEqual(once);
  });

  it('reads the configuration once for a reloadxml someone else runs', async () => {
    const spent = await cost(async () => {
      expect(await system.freeswitch.api('reloadxml')).toMatch(/^\+OK \[Success\]/);
    });
    expect(spent).toEqual(once);
  });
});
