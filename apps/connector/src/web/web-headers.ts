/**
 * Headers of the page: scripts, styles and connections only from this origin, plus WebSockets for the
 * phone (FreeSWITCH listens on another port of the same host): `wss:` from a page served over HTTPS,
 * `ws:` from one served over plain HTTP (an HTTPS page's browser refuses `ws:` as mixed content in any
 * case); media from this origin (recordings) and from streams; no framing, no referrer.
 */
export const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "connect-src 'self' wss: ws:",
    "media-src 'self' blob: mediastream:",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Cache-Control': 'no-cache',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export const ASSET_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
};

/** Vite names every asset after its content, so a name never changes meaning and may be kept for a year. */
export const ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60_000;
