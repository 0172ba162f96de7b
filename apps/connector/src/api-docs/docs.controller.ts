import { dirname, join } from 'node:path';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiOkResponse } from './openapi-decorators';
import type { Response } from 'express';
import { PublicRoute } from '../auth/auth.decorators';
import { ApiDocs } from './api-docs.service';
import type { ApiDocument } from './api-document';
import { ApiErrors } from './api-errors';
import { ApiFile } from './api-json';
import { DOCS_INIT_SCRIPT, DOCS_PAGE, DOCS_PAGE_HEADERS } from './docs-page';
import { sendError } from '../common/send-error';

/** The files of swagger-ui-dist the page loads. */
const UI_FILES = new Set(['swagger-ui-bundle.js', 'swagger-ui.css']);

const JSON_DOCUMENT = { description: 'the document', content: { 'application/json': {} } };

/**
 * The API documents and a page to read them. Public: they describe the routes, which are the same
 * in every installation, and hold no data.
 */
@PublicRoute()
@Controller('docs')
export class DocsController {
  private readonly uiFolder = dirname(require.resolve('swagger-ui-dist/package.json'));

  constructor(private readonly docs: ApiDocs) {}

  @Get()
  @ApiFile('Swagger UI for the OpenAPI document, with links to both documents', 'text/html')
  page(@Res() response: Response): void {
    response.set(DOCS_PAGE_HEADERS).type('html').send(DOCS_PAGE);
  }

  @Get('openapi.json')
  @ApiOkResponse({ ...JSON_DOCUMENT, description: 'this OpenAPI 3.1 document' })
  openapi(): Promise<ApiDocument> {
    return this.docs.openapi();
  }

  @Get('asyncapi.json')
  @ApiOkResponse({ ...JSON_DOCUMENT, description: 'the AsyncAPI 3 document of the live WebSocket /api/live' })
  asyncapi(): Promise<ApiDocument> {
    return this.docs.asyncapi();
  }

  @Get('assets/docs-init.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @ApiFile('the script that starts Swagger UI', 'text/javascript')
  initScript(): string {
    return DOCS_INIT_SCRIPT;
  }

  @Get('assets/:file')
  @ApiFile('a file of Swagger UI', 'text/javascript', 'text/css')
  @ApiErrors(404)
  asset(@Param('file') file: string, @Res() response: Response): void {
    if (!UI_FILES.has(file)) {
      sendError(response, 'HTTP.NOT_FOUND', `no asset ${file}`);
      return;
    }
    const options = { headers: { 'Cache-Control': 'public, max-age=3600' } };
    // As for the web client's files: once sending has started there is nothing left to answer.
    response.sendFile(join(this.uiFolder, file), options, (error?: Error) => {
      if (error !== undefined && !response.headersSent) sendError(response, 'HTTP.NOT_FOUND', 'not found');
    });
  }
}
