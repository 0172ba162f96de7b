import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createConnector } from './create-connector';
import { ConfigError, loadConfig } from './config/load-config';
import { JsonLogger } from './logging/json-logger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createConnector(config, { logger: new JsonLogger(config.logLevel) });
  app.enableShutdownHooks();
  new Logger('Connector').log(`listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  const logger = new JsonLogger('fatal');
  if (error instanceof ConfigError)
    logger.fatal({ msg: error.message, problems: error.problems }, 'Connector');
  else logger.fatal('failed to start', error, 'Connector');
  process.exit(1);
});
