import { Logger, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiDocs } from './api-docs/api-docs.service';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { ErrorFilter } from './common/error.filter';
import { closeConnectionsWhenStopping } from './http/close-when-stopping';
import { bodyParsers } from './http/body-parsers';
import { wholeRequestFirst } from './http/whole-request';
import { compressResponses } from './http/compress-responses';
import { readTlsFiles } from './http/tls-options';
import { identifyRequests, keepRequestContext } from './logging/request-log';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { HttpMetrics } from './metrics/metrics.ports';

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
  app.use(identifyRequests());
  app.use(httpMetricsMiddleware(app.get(HttpMetrics)));
  app.use(compressResponses());
  bodyParsers().forEach((parser) => app.use(parser));
  app.use(wholeRequestFirst());
  app.use(keepRequestContext());
  if (!tls) {
    new Logger('HTTP').warn(
      `no certificate at FASTICERT/FASTIKEY (${config.http.certFile}, ${config.http.keyFile}): serving plain HTTP`,
    );
  }
  app.disable('x-powered-by');
  app.useGlobalFilters(new ErrorFilter());
  app.get(ApiDocs).attach(app);
  await app.listen(config.http.port, config.http.host);
  return app;
}
