import { Injectable, type INestApplication } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { ApiDocument } from './api-document';
import { buildAsyncApi } from './asyncapi/build-asyncapi';
import { buildOpenApi } from './openapi/build-openapi';

/** The API documents of the running application, generated on first request and kept. */
@Injectable()
export class ApiDocs {
  private app: INestApplication | undefined;
  private documents: { openapi: ApiDocument; asyncapi: ApiDocument } | undefined;

  /** The application whose controllers the OpenAPI document describes (set once it is created). */
  attach(app: INestApplication): void {
    this.app = app;
  }

  openapi(): ApiDocument {
    return this.generated().openapi;
  }

  asyncapi(): ApiDocument {
    return this.generated().asyncapi;
  }

  private generated() {
    if (this.app === undefined)
      throw new DomainError('DOCS.NOT_READY', 'the API documents are not ready yet');
    this.documents ??= { openapi: buildOpenApi(this.app), asyncapi: buildAsyncApi() };
    return this.documents;
  }
}
