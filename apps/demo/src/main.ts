import 'reflect-metadata';
import { join } from 'node:path';
import { demoBanner } from './banner';
import { freeswitchPath } from './demo-args';
import { REPO_ROOT } from './conf-workspace';
import { DemoLogger } from './demo-logger';
import { demoInstallation } from './real-switch';
import { startDemo } from './start-demo';

/** `npm run demo`: starts the demo, prints the banner once it is ready, stops it on SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const path = freeswitchPath(process.argv.slice(2), process.env.FSCON_DEMO_FREESWITCH);
  const logger = new DemoLogger();
  const demo = await startDemo({
    freeswitch: path === undefined ? undefined : demoInstallation(path),
    webPort: Number(process.env.DEMO_PORT ?? 8080),
    metricsPort: Number(process.env.DEMO_METRICS_PORT ?? 9464),
    sipPort: Number(process.env.DEMO_SIP_PORT ?? 7443),
    controlPort: Number(process.env.DEMO_CONTROL_PORT ?? 8088),
    root: join(REPO_ROOT, 'var', 'demo'),
    syntheticCallers: true,
    logger,
  });
  demo.switch.notes.forEach((note) => logger.log(note, 'Demo'));
  process.stdout.write(`\n${demoBanner(demo.url, demo.switch.description)}`);
  const stop = async () => {
    await demo.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
