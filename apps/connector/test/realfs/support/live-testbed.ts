import type { LiveConference } from '@fscon/contracts';
import { eventually } from '../../support/system';
import { conferenceCallers, type ConferenceCallers } from './conference-callers';
import { closeContextClients, openContextClients, type ContextClients } from './context-clients';
import { CONTEXTS, type DemoContext } from './demo-config';
import { startRealSystem, type RealSystem, type RealSystemOptions } from './real-system';
import { switchConferences, type SwitchConferences } from './switch-conferences';

/** What a live test file runs against: the switch and connector, a live client per context, the switch's view. */
export interface LiveTestbed {
  system: RealSystem;
  clients: ContextClients;
  /** What the switch says about its conferences. */
  conferences: SwitchConferences;
  /** Loopback callers into the switch's conferences. */
  callers: ConferenceCallers;
  /** The context's `init` answer now. */
  init(context: DemoContext): Promise<LiveConference[]>;
}

/**
 * Registers the hooks of a live test file: beforeAll starts one switch and connector and opens a live
 * client per context; after each test every call is hung up and every context's snapshot is empty
 * again; afterAll removes it all. The fields are there once beforeAll has run. `options` are asked for
 * in beforeAll.
 */
export function liveTestbed(options: () => Promise<RealSystemOptions> = async () => ({})): LiveTestbed {
  const testbed = {} as LiveTestbed;
  beforeAll(async () => {
    testbed.system = await startRealSystem(await options());
    testbed.conferences = switchConferences(testbed.system.freeswitch);
    testbed.callers = conferenceCallers(testbed.system.freeswitch);
    testbed.clients = await openContextClients(testbed.system.connector.url);
    testbed.init = async (context) => {
      const reply = await testbed.clients[context].ask({ req: 'init' }, (m) => m.event === 'reply');
      if (reply.event !== 'reply' || reply.reply !== 'init')
        throw new Error(`no init reply: ${JSON.stringify(reply)}`);
      return reply.data;
    };
  }, 60_000);
  afterEach(async () => {
    await testbed.callers.hangUpAll();
    for (const context of CONTEXTS) {
      await eventually(async () => expect(await testbed.init(context)).toEqual([]));
    }
  }, 60_000);
  afterAll(async () => {
    await closeContextClients(testbed.clients);
    await testbed.system?.stop();
  });
  return testbed;
}
