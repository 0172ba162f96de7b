import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import { locateFreeswitch, RealFreeswitch, realFreeswitchCache } from '@fscon/real-freeswitch';
import { REPO_ROOT, type ConfWorkspace } from '../../apps/demo/src/conf-workspace';

/** A FreeSWITCH a benchmark runs the connector against: the simulator or the real switch. */
export interface SwitchUnderTest {
  name: 'simulator' | 'real FreeSWITCH';
  eslPort: number;
  password: string;
  confDir: string;
  recordingsDir: string;
  /** A caller of the directory user `id` dials `number` (over loopback) and becomes a member. */
  callIn(number: string, id: string): Promise<void>;
  /** Stops the switch and starts it again on the same port; resolves with the moment it answers. */
  restart(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The simulator on the workspace's configuration and, where one is found (as the realfs tests find
 * it), a real FreeSWITCH on a copy of it; prints why when there is none.
 */
export async function switchesUnderTest(workspace: ConfWorkspace): Promise<SwitchUnderTest[]> {
  const switches = [await simulatorUnderTest(workspace)];
  const located = locateFreeswitch({ repoRoot: REPO_ROOT, cacheDir: realFreeswitchCache(REPO_ROOT) });
  if (located.found) {
    const freeswitch = await RealFreeswitch.launch({
      installation: located.installation,
      configuration: [workspace.confDir],
      cacheDir: realFreeswitchCache(REPO_ROOT),
    });
    switches.push(realUnderTest(freeswitch));
  } else {
    console.log(`  (real FreeSWITCH: none, ${located.reason})`);
  }
  return switches;
}

async function simulatorUnderTest(workspace: ConfWorkspace): Promise<SwitchUnderTest> {
  let simulator: Simulator = await startSimulator({ confDir: workspace.confDir, host: '127.0.0.1', port: 0 });
  const eslPort = simulator.port;
  return {
    name: 'simulator',
    eslPort,
    password: 'ClueCon',
    confDir: workspace.confDir,
    recordingsDir: workspace.recordingsDir,
    async callIn(number, id) {
      await simulator.calls.join({ number, user: id });
    },
    async restart() {
      await simulator.stop();
      simulator = await startSimulator({ confDir: workspace.confDir, host: '127.0.0.1', port: eslPort });
      return performance.now();
    },
    stop: () => simulator.stop(),
  };
}

function realUnderTest(freeswitch: RealFreeswitch): SwitchUnderTest {
  return {
    name: 'real FreeSWITCH',
    eslPort: freeswitch.ports.eventSocket,
    password: freeswitch.password,
    confDir: freeswitch.confDir,
    recordingsDir: freeswitch.recordingsDir,
    async callIn(number, id) {
      await freeswitch.api(`originate {origination_caller_id_number=${id}}loopback/${number}/team &park()`);
    },
    async restart() {
      await freeswitch.stop('SIGTERM');
      const answered = firstAccept(freeswitch.ports.eventSocket);
      await freeswitch.start();
      return answered;
    },
    stop: () => freeswitch.remove(),
  };
}

/** The moment a TCP connection to the port is first accepted, trying every 2 ms. */
async function firstAccept(port: number): Promise<number> {
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    }).then((ok) => (ok ? performance.now() : undefined));
    if (accepted !== undefined) return accepted;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
