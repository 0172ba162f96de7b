/**
 * The documentation page: Swagger UI from the swagger-ui-dist package, served by the connector itself
 * (no CDN), started by a script file rather than inline so the page keeps a strict content security
 * policy.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>fscon connector API</title>
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <p>
      Documents: <a href="/docs/openapi.json">OpenAPI 3.1 (REST routes)</a>,
      <a href="/docs/asyncapi.json">AsyncAPI 3 (the live WebSocket /api/live)</a>.
    </p>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/assets/docs-init.js"></script>
  </body>
</html>
`;

export const DOCS_INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/docs/openapi.json', dom_id: '#swagger-ui' });\n`;

export const DOCS_PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
};
