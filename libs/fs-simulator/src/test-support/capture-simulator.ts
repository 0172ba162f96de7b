import { Simulator, startSimulator } from '../simulator';
import { captureConf, CaptureConf } from './capture-conf';

export interface CaptureSimulator {
  conf: CaptureConf;
  simulator: Simulator;
  /** Stops the simulator and removes its configuration folder. */
  stop(): Promise<void>;
}

/** A simulator on the capture rig's configuration (captureConf) that sends heartbeats only when asked. */
export async function startCaptureSimulator(): Promise<CaptureSimulator> {
  const conf = captureConf();
  const simulator = await startSimulator({
    confDir: conf.dir,
    heartbeatMs: 0,
    coreVariables: conf.coreVariables,
  });
  return {
    conf,
    simulator,
    async stop() {
      await simulator.stop();
      conf.remove();
    },
  };
}
