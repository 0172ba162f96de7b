import { Logger, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, urlencoded, type RequestHandler } from 'express';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { ErrorFilter } from './common/error.filter';
import { closeConnectionsWhenStopping } from './http/close-when-stopping';
import { readTlsFiles } from './http/tls-options';

/** The largest request body: a phone upload may be 1 MiB. */
const BODY_LIMIT = '1mb';

/**
 * Phones upload logs and directories with whatever content type they like; the provisioning routes
 * read those bodies as bytes, so no parser may consume them first.
 */
function exceptPhoneUploads(parser: RequestHandler): RequestHandler {
  return (request, response, next) =>
    request.method === 'PUT' && request.path.startsWith('/polycom/')
      ? next()
      : parser(request, response, next);
}

export interface ConnectorOptions {
  logger?: LoggerService | LogLevel[] | false;
}

/** Builds the connector for a validated configuration and starts listening. */
export async function createConnector(
  config: AppConfig,
  options: ConnectorOptions = {},
): Promise<INestApplication> {
  const tls = readTlsFiles(config.http);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    httpsOptions: tls,
    logger: options.logger,
    bodyParser: false,
  });
  closeConnectionsWhenStopping(app.getHttpServer());
  app.use(exceptPhoneUploads(json({ limit: BODY_LIMIT })));
  app.use(exceptPhoneUploads(urlencoded({ limit: BODY_LIMIT, extended: false })));
  if (!tls) {
    new Logger('HTTP').warn(
      `no certificate at FASTICERT/FASTIKEY (${config.http.certFile}, ${config.http.keyFile}): serving plain HTTP`,
    );
  }
  app.disable('x-powered-by');
  app.useGlobalFilters(new ErrorFilter());
  await app.listen(config.http.port, config.http.host);
  return app;
}
