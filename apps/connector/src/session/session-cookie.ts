/** What the connector needs to know to write the session cookie for a request. */
export interface CookieTarget {
  /** True when the request came over HTTPS. */
  secure: boolean;
}

/**
 * The cookie's name. Over HTTPS it carries the `__Host-` prefix, which browsers accept only with
 * `Secure`, `Path=/` and no `Domain`, so no other host can plant or shadow it. Over plain HTTP (a
 * connector without certificate, the demo on http://localhost) browsers drop a `Secure` cookie (some
 * except localhost, none any other host), so there the cookie goes without `Secure` and the prefix.
 */
export function sessionCookieName({ secure }: CookieTarget): string {
  return secure ? '__Host-fscon-session' : 'fscon-session';
}

/** A `Set-Cookie` value holding the session token until `expiresAt`. */
export function sessionCookie(target: CookieTarget, token: string, expiresAt: number, now: number): string {
  const maxAge = Math.max(0, Math.floor((expiresAt - now) / 1000));
  return attributes(target, `${sessionCookieName(target)}=${token}`, maxAge, new Date(expiresAt));
}

/** A `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(target: CookieTarget): string {
  return attributes(target, `${sessionCookieName(target)}=`, 0, new Date(0));
}

/** The session token of a `Cookie` header, if it has one under the name this transport uses. */
export function sessionTokenOf(cookieHeader: string | undefined, target: CookieTarget): string | undefined {
  const name = sessionCookieName(target);
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    return /^[\w-]{20,100}$/.test(value) ? value : undefined;
  }
  return undefined;
}

function attributes(target: CookieTarget, pair: string, maxAge: number, expires: Date): string {
  const parts = [pair, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAge}`];
  parts.push(`Expires=${expires.toUTCString()}`);
  if (target.secure) parts.push('Secure');
  return parts.join('; ');
}
