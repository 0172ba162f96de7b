import { Injectable, type INestApplication } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { ApiDocument } from './api-document';

interface Documents {
  openapi: ApiDocument;
  asyncapi: ApiDocument;
}

/**
 * The API documents of the running application, generated on first request and kept. Their builders
 * (and @nestjs/swagger) are loaded only then, so they cost the connector's start nothing.
 */
@Injectable()
export class ApiDocs {
  private app: INestApplication | undefined;
  private documents: Promise<Documents> | undefined;

  /** The application whose controllers the OpenAPI document describes (set once it is created). */
  attach(app: INestApplication): void {
    this.app = app;
  }

  async openapi(): Promise<ApiDocument> {
    return (await this.generated()).openapi;
  }

  async asyncapi(): Promise<ApiDocument> {
    return (await this.generated()).asyncapi;
  }

  private generated(): Promise<Documents> {
    const app = this.app;
    if (app === undefined) throw new DomainError('DOCS.NOT_READY', 'the API documents are not ready yet');
    this.documents ??= Promise.all([
      import('./openapi/build-openapi'),
      import('./asyncapi/build-asyncapi'),
    ]).then(([{ buildOpenApi }, { buildAsyncApi }]) => ({
      openapi: buildOpenApi(app),
      asyncapi: buildAsyncApi(),
    }));
    return this.documents;
  }
}
