import { clearedSessionCookie, sessionCookie, sessionCookieName, sessionTokenOf } from './session-cookie';

const HTTPS = { secure: true };
const HTTP = { secure: false };
const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE';

describe('session cookie', () => {
  it('is Secure and __Host- prefixed over HTTPS, neither over plain HTTP', () => {
    expect(sessionCookie(HTTPS, TOKEN, 61_000, 0)).toBe(
      `__Host-fscon-session=${TOKEN}; Path=/; HttpOnly; SameSite=Strict; Max-Age=61; ` +
        'Expires=Thu, 01 Jan 1970 00:01:01 GMT; Secure',
    );
    expect(sessionCookie(HTTP, TOKEN, 61_000, 0)).toBe(
      `fscon-session=${TOKEN}; Path=/; HttpOnly; SameSite=Strict; Max-Age=61; Expires=Thu, 01 Jan 1970 00:01:01 GMT`,
    );
    expect(sessionCookieName(HTTPS)).toBe('__Host-fscon-session');
  });

  it('is cleared with an empty value that expires at once', () => {
    expect(clearedSessionCookie(HTTPS)).toMatch(/^__Host-fscon-session=; Path=\/; .*Max-Age=0; .*Secure$/);
  });

  it('is read only under the name of the transport, and only when it looks like a token', () => {
    expect(sessionTokenOf(`theme=dark; fscon-session=${TOKEN}`, HTTP)).toBe(TOKEN);
    expect(sessionTokenOf(`fscon-session=${TOKEN}`, HTTPS)).toBeUndefined();
    expect(sessionTokenOf(`__Host-fscon-session=${TOKEN}`, HTTPS)).toBe(TOKEN);
    expect(sessionTokenOf('fscon-session=<script>', HTTP)).toBeUndefined();
    expect(sessionTokenOf(undefined, HTTP)).toBeUndefined();
    expect(sessionTokenOf('fscon-session', HTTP)).toBeUndefined();
  });
});
