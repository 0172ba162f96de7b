import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/load-config';
import type { ApiDocument } from './api-document';
import { buildAsyncApi } from './asyncapi/build-asyncapi';
import { buildOpenApi } from './openapi/build-openapi';

/** Where the generated documents are kept, from the repository's root. */
export const API_DOC_FILES = { openapi: 'docs/openapi.json', asyncapi: 'docs/asyncapi.json' } as const;

export const REGENERATE_COMMAND = 'npm run docs:api';

/**
 * Both API documents, generated from the connector's modules in preview mode: the controllers and
 * their metadata are read, nothing is instantiated, so neither FreeSWITCH nor any folder is needed.
 */
export async function generateApiDocs(): Promise<Record<keyof typeof API_DOC_FILES, ApiDocument>> {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({})), { preview: true, logger: false });
  try {
    return { openapi: buildOpenApi(app), asyncapi: buildAsyncApi() };
  } finally {
    await app.close();
  }
}

/** A document as the file holds it. */
export function documentText(document: ApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
