import { cliOptions } from './cli-options';
import { startSimulator } from './simulator';

/** `npm run sim`: the simulator on etc-freeswitch until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const options = cliOptions(process.argv.slice(2), process.env);
  const simulator = await startSimulator(options);
  console.log(
    `FreeSWITCH simulator: Event Socket on ${simulator.host}:${simulator.port}, configuration ${options.confDir}`,
  );
  if (simulator.controlUrl) console.log(`control interface on ${simulator.controlUrl}`);
  const shutdown = (signal: string): void => {
    console.log(`${signal}: stopping`);
    simulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
