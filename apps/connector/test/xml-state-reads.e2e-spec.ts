import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawClient } from '../../../libs/fs-simulator/src/test-support/raw-client';
import { events, send, session, text } from '../../../libs/fs-simulator/src/test-support/session';
import { ProvisioningRunner } from '../src/provisioning/provisioning-runner';
import { jsonRequests } from './support/json-requests';
import { isEvent, LiveTestClient } from './support/live-client';
import { rawApi } from './support/raw-esl';
import { eventually, startSystem, type TestSystem } from './support/system';

/**
 * What one change of the configuration costs: `xml_locate directory` commands FreeSWITCH ran (seen as
 * API events on a second Event Socket connection), newXML frames a live client got, provisioning runs.
 */
describe('xmlState reads per configuration change, against the simulator', () => {
  let system: TestSystem;
  let watcher: RawClient;
  let live: LiveTestClient;
  let provisioning: jest.SpyInstance;
  const { ok } = jsonRequests(() => system);

  const count = () => ({
    directoryReads: events(watcher.frames())
      .map(text)
      .filter((frame) => /\nAPI-Command: xml_locate\nAPI-Command-Argument: directory\n/.test(frame)).length,
    newXml: live.received.filter(isEvent('newXML')).length,
    provisioningRuns: provisioning.mock.calls.length,
  });

  /**
   * What `change` cost, counted after its newXML, once the connector has answered a live request and
   * FreeSWITCH an api command of the watcher's (which comes after every event it fired before).
   */
  async function cost(change: () => Promise<void>) {
    const before = count();
    const from = live.received.length;
    await change();
    await live.next(isEvent('newXML'), from);
    await live.ask({ req: 'init' }, (message) => message.event === 'reply');
    await system.app.get(ProvisioningRunner).idle();
    await send(watcher, 'api version\n\n');
    const after = count();
    return {
      directoryReads: after.directoryReads - before.directoryReads,
      newXml: after.newXml - before.newXml,
      provisioningRuns: after.provisioningRuns - before.provisioningRuns,
    };
  }

  const once = { directoryReads: 1, newXml: 1, provisioningRuns: 1 };

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await ok('/api/users')).users.length).toBeGreaterThan(0));
    watcher = await session(system.simulator.port, 'event plain API\n\n');
    live = await LiveTestClient.open(system.url, 'login=defaultuser:napw');
    provisioning = jest.spyOn(system.app.get(ProvisioningRunner), 'request');
  });
  afterAll(async () => {
    watcher?.destroy();
    await live?.close();
    await system?.stop();
  });

  it('reads the configuration once for one user added', async () => {
    const spent = await cost(async () => {
      const body = await ok('/api/users/add', [{ name: 'once', email: 'o@example.org', context: 'public' }]);
      expect(body.failed).toEqual([]);
    });

    expect(spent).toEqual(once);
  });

  it('reads the configuration once for a write FreeSWITCH refuses', async () => {
    const planted = join(system.workspace.confDir, 'directory/team/29999.xml');
    writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');

    const spent = await cost(async () => {
      const body = await ok('/api/users/add', [{ name: 'refused', email: 'r@example.org', context: 'team' }]);
      expect(body.failed).toHaveLength(1);
    });
    rmSync(planted);

    expect(spent).toEqual(once);
  });

  it('reads the configuration once for a reloadxml someone else runs', async () => {
    const spent = await cost(async () => {
      const { port, password } = system.config.freeswitch;
      expect(await rawApi('127.0.0.1', port, password, 'reloadxml')).toBe('+OK [Success]\n');
    });

    expect(spent).toEqual(once);
  });
});
