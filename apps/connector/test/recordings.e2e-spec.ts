import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawDigestRequest } from '../src/recordings/test-support/raw-digest-request';
import { digestFetch } from './support/digest-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const PUBLIC = { user: 'publicuser', password: 'pw22000' };

const TEAM_REC = 'team_g722-2026-11-27T17:12:05.123Z.wav';
const TEAM_REC_2 = 'team_g722-2026-11-27T17-12-18-115Z-plain.wav';
const FRIENDS_REC = 'friends_conf-2026-11-27T17:20:00Z.wav';
const PUBLIC_REC = 'public_conf-2026-11-27T18:00:00.000+01:00.wav';
const UNNAMED_REC = 'memo.wav';
const OUTSIDE_LINK = 'public_conf-2026-11-28T09:00:00Z.wav';
const WAV_BYTES = Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt data', 'latin1');

describe('recording routes against the simulator', () => {
  let system: TestSystem;
  const dir = () => system.workspace.recordingsDir;
  const secret = () => join(system.workspace.root, 'secret.wav');
  const call = (path: string, who = TEAM, init: { method?: string; headers?: Record<string, string> } = {}) =>
    digestFetch(`${system.url}${path}`, { ...who, ...init });
  const json = async (path: string, who = TEAM) => {
    const response = await call(path, who);
    expect(response.status).toBe(200);
    return JSON.parse(response.body);
  };
  const post = (path: string, body: string, who = TEAM) =>
    digestFetch(`${system.url}${path}`, {
      ...who,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await call('/api/recordings')).status).toBe(200));
  });
  afterAll(() => system.stop());

  beforeEach(() => {
    readdirSync(dir()).forEach((file) => rmSync(join(dir(), file)));
    for (const file of [TEAM_REC, TEAM_REC_2, FRIENDS_REC, PUBLIC_REC, UNNAMED_REC]) {
      writeFileSync(join(dir(), file), WAV_BYTES);
    }
    writeFileSync(join(dir(), 'readme.txt'), 'not a recording');
    writeFileSync(secret(), 'outside the recordings folder');
    symlinkSync(secret(), join(dir(), OUTSIDE_LINK));
  });

  it('lists and finds recordings for the team', async () => {
    expect(await json('/api/recordings')).toEqual({
      op: 'api/recordings',
      files: [FRIENDS_REC, UNNAMED_REC, PUBLIC_REC, TEAM_REC_2, TEAM_REC],
    });
    expect(await json('/api/recordings/find/T17')).toEqual({
      op: 'api/recordings/find/T17',
      files: [FRIENDS_REC, TEAM_REC_2, TEAM_REC],
    });
  });

  it('serves a recording as audio/wav, whole or by range', async () => {
    const whole = await call(`/api/recordings/${encodeURIComponent(TEAM_REC)}`);
    expect([whole.status, whole.headers.get('content-type')]).toEqual([200, 'audio/wav']);
    expect(Buffer.from(whole.body, 'latin1')).toEqual(WAV_BYTES);
    const part = await call(`/api/recordings/${encodeURIComponent(TEAM_REC)}`, TEAM, {
      headers: { range: 'bytes=8-11' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 8-11/${WAV_BYTES.length}`);
    expect(part.body).toBe('WAVE');
  });

  it('deletes recordings one by one', async () => {
    const response = await post(
      '/api/recordings/del',
      JSON.stringify([{ file: TEAM_REC }, { file: 'gone.wav' }]),
    );
    expect([response.status, JSON.parse(response.body)]).toEqual([
      200,
      { op: 'api/recordings/del', done: [TEAM_REC], failed: ['gone.wav'] },
    ]);
    expect(existsSync(join(dir(), TEAM_REC))).toBe(false);
    expect((await json('/api/recordings')).files).not.toContain(TEAM_REC);
  });

  it('shows friends only recordings of non-team conferences', async () => {
    expect(await json('/fr/friendsrec', FRIEND)).toEqual({
      op: 'friendserc',
      files: [FRIENDS_REC, PUBLIC_REC],
    });
    expect((await json('/fr/friendsrec', TEAM)).files).toEqual([FRIENDS_REC, PUBLIC_REC]);
    const own = await call(`/fr/friendsrec/${encodeURIComponent(PUBLIC_REC)}`, FRIEND, {
      headers: { range: 'bytes=0-3' },
    });
    expect([own.status, own.body]).toEqual([206, 'RIFF']);
  });

  it('keeps team recordings from friends: 404 to fetch, failed to delete', async () => {
    for (const file of [TEAM_REC, UNNAMED_REC]) {
      const response = await call(`/fr/friendsrec/${encodeURIComponent(file)}`, FRIEND);
      expect(response.status).toBe(404);
    }
    const body = JSON.stringify([{ file: TEAM_REC }, { file: FRIENDS_REC }]);
    const deleted = JSON.parse((await post('/fr/delfriendsrec', body, FRIEND)).body);
    expect(deleted).toEqual({ op: 'delfriendsrec', done: [FRIENDS_REC], failed: [TEAM_REC] });
    expect([existsSync(join(dir(), TEAM_REC)), existsSync(join(dir(), FRIENDS_REC))]).toEqual([true, false]);
    expect((await call('/api/recordings', FRIEND)).status).toBe(403);
  });

  it('refuses public users on every recording route', async () => {
    expect((await call('/api/recordings', PUBLIC)).status).toBe(403);
    expect((await call('/fr/friendsrec', PUBLIC)).status).toBe(403);
    expect((await call(`/fr/friendsrec/${encodeURIComponent(PUBLIC_REC)}`, PUBLIC)).status).toBe(403);
    expect((await post('/fr/delfriendsrec', JSON.stringify([{ file: PUBLIC_REC }]), PUBLIC)).status).toBe(
      403,
    );
    expect(existsSync(join(dir(), PUBLIC_REC))).toBe(true);
  });

  it.each([
    '/api/recordings/..%2F..%2Fetc%2Fpasswd',
    '/api/recordings/..%2Fsecret.wav',
    '/api/recordings/%2e%2e',
    '/api/recordings/%2e%2e%2fsecret.wav',
    '/api/recordings/..%5Csecret.wav',
    '/api/recordings/secret%00.wav',
    '/api/recordings/readme.txt',
    '/fr/friendsrec/..%2F..%2Fetc%2Fpasswd',
  ])('answers 400 to %s', async (path) => {
    const response = await rawDigestRequest(system.url, path, TEAM);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ error: expect.any(String), code: 'RECORDING.INVALID' });
  });

  it('never reaches outside the folder, not even through a symbolic link', async () => {
    expect((await call(`/api/recordings/${encodeURIComponent(OUTSIDE_LINK)}`)).status).toBe(404);
    const traversal = await post('/api/recordings/del', JSON.stringify([{ file: '../secret.wav' }]));
    expect(traversal.status).toBe(400);
    const link = JSON.parse(
      (await post('/api/recordings/del', JSON.stringify([{ file: OUTSIDE_LINK }]))).body,
    );
    expect(link.failed).toEqual([OUTSIDE_LINK]);
    expect(readFileSync(secret(), 'utf8')).toBe('outside the recordings folder');
  });

  it.each([
    ['an object', JSON.stringify({ file: TEAM_REC }), 'must be a JSON array'],
    ['a list of names', JSON.stringify([TEAM_REC]), '[0] must be an object {file}'],
    ['a wrong type', JSON.stringify([{ file: TEAM_REC }, { file: 7 }]), '[1] file must be a string'],
    [
      'an unknown property',
      JSON.stringify([{ file: TEAM_REC, force: true }]),
      '[0] property force should not exist',
    ],
    ['a path', JSON.stringify([{ file: TEAM_REC }, { file: 'x/../../y.wav' }]), 'must not contain / or \\'],
    ['malformed JSON', '[{"file":', 'JSON'],
  ])('refuses %s as body and deletes nothing', async (_what, body, problem) => {
    const response = await post('/api/recordings/del', body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toContain(problem);
    expect(existsSync(join(dir(), TEAM_REC))).toBe(true);
  });
});
