import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createConnector } from './create-connector';
import { ConfigError, loadConfig } from './config/load-config';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createConnector(config);
  app.enableShutdownHooks();
  new Logger('Connector').log(`listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`fscon connector: ${error.message}\n`);
  } else {
    process.stderr.write(`fscon connector failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
