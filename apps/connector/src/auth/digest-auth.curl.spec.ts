import { execFile } from 'node:child_process';
import { startAuthTestApp, type AuthTestApp } from './test-support/auth-test-app';

interface CurlResult {
  status: number;
  retryAfter: string;
  body: string;
}

/** `curl --digest -u name:password`, optionally from another loopback address. */
function curlDigest(url: string, credentials: string | undefined, from = '127.0.0.1'): Promise<CurlResult> {
  const auth = credentials === undefined ? [] : ['--digest', '-u', credentials];
  const args = ['-s', '--interface', from, ...auth, '-w', '\n%{http_code} %header{retry-after}', url];
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/curl', args, (error, stdout) => {
      if (error) return reject(error);
      const lastLine = stdout.lastIndexOf('\n');
      const [status, retryAfter] = stdout.slice(lastLine + 1).split(' ');
      resolve({ status: Number(status), retryAfter: retryAfter ?? '', body: stdout.slice(0, lastLine) });
    });
  });
}

describe('DigestAuthGuard with curl --digest', () => {
  let server: AuthTestApp;

  beforeEach(async () => {
    server = await startAuthTestApp({
      options: { loginLimits: { pairFailures: 3, pairBlockSeconds: 60, addressFailures: 5 } },
    });
  });
  afterEach(() => server.close());

  it('lets curl in with the right name and password', async () => {
    const response = await curlDigest(`${server.url}/api/whoami`, 'alice:alice-pw');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ name: 'alice', context: 'team' });
  });

  it('accepts the UTF-8 user name curl sends as raw bytes', async () => {
    const response = await curlDigest(`${server.url}/whoami`, 'Jürgen Øster:pw-ü');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).name).toBe('Jürgen Øster');
  });

  it('answers 401 to a wrong password and 403 to another context', async () => {
    expect((await curlDigest(`${server.url}/api/whoami`, 'alice:wrong')).status).toBe(401);
    expect((await curlDigest(`${server.url}/api/whoami`, 'fred:fred-pw')).status).toBe(403);
  });

  it('answers 429 with Retry-After to an address that failed at a name, never to a colleague', async () => {
    expect((await curlDigest(`${server.url}/whoami`, 'alice:alice-pw', '127.0.0.5')).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      expect((await curlDigest(`${server.url}/whoami`, 'alice:guess', '127.0.0.2')).status).toBe(401);
    }
    const blocked = await curlDigest(`${server.url}/whoami`, 'alice:alice-pw', '127.0.0.2');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(60);
    expect(JSON.parse(blocked.body)).toEqual({
      error: expect.stringMatching(/too many failed logins/),
      code: 'AUTH.RATE_LIMITED',
    });
    expect((await curlDigest(`${server.url}/whoami`, 'alice:alice-pw', '127.0.0.5')).status).toBe(200);
    expect((await curlDigest(`${server.url}/whoami`, 'alice:alice-pw', '127.0.0.3')).status).toBe(200);
    expect((await curlDigest(`${server.url}/whoami`, 'fred:fred-pw', '127.0.0.2')).status).toBe(200);
  });

  it('answers 429 to a client address after failures at any names, after a challenge', async () => {
    for (const name of ['alice', 'fred', 'nobody', 'paula', 'other']) {
      expect((await curlDigest(`${server.url}/whoami`, `${name}:guess`, '127.0.0.6')).status).toBe(401);
    }
    expect((await curlDigest(`${server.url}/whoami`, undefined, '127.0.0.6')).status).toBe(401);
    expect((await curlDigest(`${server.url}/whoami`, 'paula:paula-pw', '127.0.0.6')).status).toBe(429);
    expect((await curlDigest(`${server.url}/whoami`, 'paula:paula-pw', '127.0.0.7')).status).toBe(200);
  });
});
