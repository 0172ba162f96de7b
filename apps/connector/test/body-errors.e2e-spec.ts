import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CapturedLog } from './support/captured-log';
import { digestFetch } from './support/digest-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const TEAM2 = { user: 'teamuser2', password: 'pw20001' };
const JSON_TYPE = { 'content-type': 'application/json' };

const deepArrays = (depth: number) => `${'['.repeat(depth)}2${']'.repeat(depth)}`;
const deepObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const FIRST = ['Anna-Lena', 'Jürgen', 'Zoë', 'Mohammed', 'Søren', 'Katarzyna', 'Jean-François', 'Ioana'];
const LAST = ['Müller-Schäfer', 'Oberhuber', 'van der Berg', 'Kowalczyk', 'Nguyễn', 'Fernández García'];

/** Users as an administrator adds them in bulk: accented names, company addresses, pin and MAC. */
function realisticUsers(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${i}`;
    const local = name
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '.')
      .toLowerCase();
    return {
      name,
      email: `${local}@stadtwerke-musterstadt.de`,
      context: ['team', 'friends', 'public'][i % 3],
      password: `Xk3pQ9vL${i}`,
      conpin: String(1000 + (i % 9000)),
      polymac: `0004f2${i.toString(16).padStart(6, '0')}`,
    };
  });
}

const BODY_CODES = {
  400: 'BODY.INVALID',
  413: 'BODY.TOO_LARGE',
  415: 'BODY.UNSUPPORTED_MEDIA_TYPE',
} as const;

describe('request bodies the connector cannot take: client errors, never 5xx', () => {
  const log = new CapturedLog();
  let system: TestSystem;

  const post = (path: string, body: string, who?: { user: string; password: string }, headers = JSON_TYPE) =>
    who === undefined
      ? fetch(`${system.url}${path}`, { method: 'POST', body, headers }).then(async (response) => ({
          status: response.status,
          body: await response.text(),
        }))
      : digestFetch(`${system.url}${path}`, { ...who, method: 'POST', body, headers });

  /** Sends, and expects the status, its code, the message and one warning line in the log, no error, no stack. */
  const refused = async (
    answer: Promise<{ status: number; body: string }>,
    status: keyof typeof BODY_CODES,
    error: RegExp,
  ) => {
    const from = log.entries.length;
    const { status: got, body } = await answer;
    expect({ status: got, body: JSON.parse(body) }).toEqual({
      status,
      body: { error: expect.stringMatching(error), code: BODY_CODES[status] },
    });
    const logged = log.entries.slice(from);
    expect(log.faultsSince(from)).toEqual([]);
    expect(
      logged.filter(({ level, text }) => level === 'warn' && text.startsWith(`${status} `)),
    ).toHaveLength(1);
  };

  beforeAll(async () => {
    system = await startSystem({}, { logger: log });
    await eventually(async () =>
      expect((await digestFetch(`${system.url}/api/users`, TEAM)).status).toBe(200),
    );
  });
  afterAll(() => system.stop());

  it('refuses JSON nested deeper than 32 levels with 400, for friends and team routes alike', async () => {
    const tooDeep = /nests arrays and objects deeper than 32 levels/;
    await refused(post('/fr/delfriendsrec', `[{"file": ${deepArrays(2000)}}]`, FRIEND), 400, tooDeep);
    for (const path of ['/api/users/add', '/api/users/mod', '/api/conferences/add', '/api/conferences/mod'])
      await refused(post(path, `[{"name": ${deepObjects(5000)}}]`, TEAM), 400, tooDeep);
    await refused(post('/session', `{"name": ${deepObjects(5000)}, "password": "x"}`), 400, tooDeep);
    expect((await post('/fr/delfriendsrec', `[{"file": ${deepArrays(30)}}]`, FRIEND)).status).toBe(400);
  });

  it('refuses a body over 1 MiB with 413 naming the limit, before any login is asked for', async () => {
    const big = `[{"file":"${'x'.repeat(1024 * 1024)}"}]`;
    await refused(post('/api/users/add', big), 413, /larger than the limit of 1048576 bytes \(1 MiB\)/);
    await refused(post('/fr/delfriendsrec', big, FRIEND), 413, /1048576 bytes/);
  });

  it('refuses charsets other than UTF-8 with 415, before any login is asked for', async () => {
    const typed = (type: string) => ({ 'content-type': type });
    await refused(
      post('/api/users/add', '[]', undefined, typed('application/json; charset=latin1')),
      415,
      /LATIN1/,
    );
    await refused(
      post('/api/users/add', '[]', undefined, typed('application/json; charset=foo')),
      415,
      /FOO/,
    );
    await refused(
      post('/api/users/add', '[]', undefined, typed('application/json; charset=utf-16le')),
      415,
      /UTF-8/,
    );
    await refused(
      post('/session', 'a=b', undefined, typed('application/x-www-form-urlencoded; charset=x')),
      415,
      /X/,
    );
  });

  it('says where JSON breaks without quoting the body, which may hold a password', async () => {
    const answer = post('/session', '{"name":"a","password":"secret', undefined);
    await refused(answer, 400, /^the body is not valid JSON \(at position \d+\)$/);
    expect(log.entries.map(({ text }) => text).join('\n')).not.toContain('secret');
  });

  it('takes 3,000 users of realistic size in one request: the body limit and the pipe let them through', async () => {
    const users = realisticUsers(3000);
    const body = JSON.stringify([...users.slice(0, -1), { ...users[2999], conpin: 'none' }]);
    expect(Buffer.byteLength(body)).toBeLessThan(1024 * 1024);
    // One bad element refuses the whole body after every element was checked, so nothing is written.
    const answer = await post('/api/users/add', body, TEAM);
    expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual({
      status: 400,
      body: {
        error: expect.stringMatching(/^\[2999\] conpin must be up to 16 digits$/),
        code: 'BODY.INVALID',
      },
    });
  });

  it('leaves phone uploads to the Polycom routes, whatever their content type says', async () => {
    const mac = '0004f2aabbcc';
    const upload = await digestFetch(`${system.url}/polycom/${mac}-notes.cfg`, {
      ...TEAM2,
      method: 'PUT',
      body: `${deepArrays(100)}`,
      headers: { 'content-type': 'application/json; charset=latin1' },
    });
    expect(upload.status).toBe(200);
    const stored = join(system.workspace.staticDir, 'polycom', mac, `${mac}-notes.cfg`);
    expect(readFileSync(stored, 'utf8')).toBe(deepArrays(100));
  });
});
