import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SipWsPeer, startSimulator } from '@fscon/fs-simulator';
import { setSwitchVars } from '@fscon/fs-xml';
import { freeTcpPort } from '@fscon/real-freeswitch';
import type { ConfWorkspace } from './conf-workspace';

/** What the connector needs of the demo's FreeSWITCH, simulated or real. */
export interface DemoSwitch {
  /** For the banner: which switch this is. */
  description: string;
  eventSocket: { host: string; port: number; password: string };
  confDir: string;
  recordingsDir: string;
  staticDir: string;
  /** A real switch's own log file. */
  logFile?: string;
  /** Log lines worth a newcomer's eye (the simulator's control interface). */
  notes: string[];
  stop(): Promise<void>;
}

export interface SimulatedSwitchOptions {
  /** The SIP WebSocket for the browser phone (0: a free port). */
  sipPort: number;
  /** The simulator's control interface (0: a free port). */
  controlPort: number;
}

/**
 * The simulator on the workspace's configuration, with its SIP-over-WebSocket peer for the browser
 * phone on the port the `wss_binding` global names. The peer speaks plain `ws://`, which is what the
 * phone of a page served over plain HTTP dials.
 */
export async function startSimulatedSwitch(
  workspace: ConfWorkspace,
  options: SimulatedSwitchOptions,
): Promise<DemoSwitch & { simulator: Awaited<ReturnType<typeof startSimulator>> }> {
  const sipPort = options.sipPort || (await freeTcpPort());
  const varsFile = join(workspace.confDir, 'vars.xml');
  writeFileSync(varsFile, setSwitchVars(readFileSync(varsFile, 'utf8'), { wss_binding: `:${sipPort}` }));
  const simulator = await startSimulator({
    confDir: workspace.confDir,
    host: '127.0.0.1',
    port: 0,
    controlPort: options.controlPort,
  });
  let peer: SipWsPeer;
  try {
    peer = await SipWsPeer.start(simulator, { host: '127.0.0.1', port: sipPort });
  } catch (error) {
    await simulator.stop();
    throw new Error(`the browser phone's SIP WebSocket cannot listen on 127.0.0.1:${sipPort}`, {
      cause: error,
    });
  }
  const control = simulator.controlUrl ?? '';
  return {
    simulator,
    description: 'the FreeSWITCH simulator',
    eventSocket: { host: simulator.host, port: simulator.port, password: 'ClueCon' },
    confDir: workspace.confDir,
    recordingsDir: workspace.recordingsDir,
    staticDir: workspace.staticDir,
    notes: [
      `FreeSWITCH simulator on ${simulator.host}:${simulator.port}, configuration in ${workspace.confDir}`,
      `simulator control on ${control} — try: curl -d '{"number":"30000","user":"20001"}' ${control}/join`,
    ],
    async stop() {
      await peer.stop();
      await simulator.stop();
    },
  };
}
