import { CONTAINER_PATHS } from './container-paths';
import { ContainerConfigError } from './localize-vars';
import { prepareContainer } from './prepare-container';
import { connectorProgram, freeswitchProgram } from './programs';
import { consoleStartLog } from './start-log';
import { supervise } from './supervise';

/** The container's entrypoint: prepare the volumes from the environment, then run FreeSWITCH and the connector. */
async function main(): Promise<number> {
  const log = consoleStartLog();
  const stop = new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  let connectorEnv: Record<string, string>;
  try {
    connectorEnv = prepareContainer(CONTAINER_PATHS, process.env, log);
  } catch (error) {
    if (!(error instanceof ContainerConfigError)) throw error;
    process.stderr.write(`[fscon-container] ${error.message}\n`);
    return 2;
  }
  const recordings = process.env.RECPATH || '/recordings';
  const programs = [freeswitchProgram(CONTAINER_PATHS, recordings), connectorProgram('/app', connectorEnv)];
  return supervise(programs, stop, log);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[fscon-container] could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
