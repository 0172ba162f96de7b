import { Module } from '@nestjs/common';
import { ApiDocs } from './api-docs.service';
import { DocsController } from './docs.controller';

/** `/docs`: the OpenAPI and AsyncAPI documents and a page to read them. */
@Module({ controllers: [DocsController], providers: [ApiDocs] })
export class ApiDocsModule {}
