import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PublicRoute } from '../auth/auth.decorators';
import { chooseCoding, PRECOMPRESSED } from './content-coding';
import { ASSET_HEADERS, ASSET_MAX_AGE_MS, PAGE_HEADERS } from './web-headers';
import { WEB_ROOT } from './web-root';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiFile } from '../api-docs/api-json';
import { sendError } from '../common/send-error';

const ASSET_NAME = /^[\w-]+(\.[\w-]+)*\.(js|css|svg|png|woff2|wav|mp3|ogg)$/;

/**
 * The web client. Its page and assets are public routes on purpose: they are the login form itself,
 * the same files as in the source repository, and hold no data. Everything the page shows comes from
 * routes that need a session or Digest, under the same context rules as for any other client.
 */
@PublicRoute()
@Controller()
export class WebController {
  constructor(@Inject(WEB_ROOT) private readonly root: string) {}

  @Get()
  @ApiFile('the web client (no login: it is the login form and holds no data)', 'text/html')
  @ApiErrors(404)
  page(@Req() request: Request, @Res() response: Response): void {
    send(request, response, join(this.root, 'index.html'), { headers: PAGE_HEADERS, maxAge: 0, etag: true });
  }

  @Get('assets/:file')
  @ApiFile(
    'a content-named asset of the web client, cached for a year',
    'text/javascript',
    'text/css',
    'image/svg+xml',
    'image/png',
    'font/woff2',
    'audio/wav',
    'audio/mpeg',
    'audio/ogg',
  )
  @ApiErrors(404)
  asset(@Param('file') file: string, @Req() request: Request, @Res() response: Response): void {
    if (!ASSET_NAME.test(file)) {
      sendError(response, 'HTTP.NOT_FOUND', `no asset ${file}`);
      return;
    }
    send(request, response, join(this.root, 'assets', file), {
      headers: ASSET_HEADERS,
      maxAge: ASSET_MAX_AGE_MS,
      immutable: true,
    });
  }
}

type SendOptions = NonNullable<Parameters<Response['sendFile']>[1]>;

/**
 * Sends the file, or its Brotli or gzip copy written at build time when the request accepts it, with
 * the file's own type. Length, ETag (each copy its own) and conditional requests come from sendFile.
 */
function send(request: Request, response: Response, path: string, options: SendOptions): void {
  const available = PRECOMPRESSED.filter(({ suffix }) => existsSync(path + suffix));
  const chosen = chooseCoding(request.headers['accept-encoding'], available);
  if (available.length > 0) response.vary('Accept-Encoding');
  if (chosen !== undefined) response.type(extname(path)).setHeader('Content-Encoding', chosen.coding);
  const file = chosen === undefined ? path : path + chosen.suffix;
  response.sendFile(file, { ...options, dotfiles: 'deny' }, (error?: Error) => {
    if (error === undefined || response.headersSent) return;
    response.removeHeader('Content-Encoding');
    const missingPage = path.endsWith('index.html');
    sendError(
      response,
      'HTTP.NOT_FOUND',
      missingPage ? 'the web client is not built: run npm run build' : 'not found',
    );
  });
}
