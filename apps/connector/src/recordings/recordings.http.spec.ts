import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { User } from '@fscon/contracts';
import { digestFetch } from '../../test/support/digest-client';
import { AuthModule } from '../auth/auth.module';
import { InMemoryUserDirectory } from '../auth/test-support/in-memory-user-directory';
import { ErrorFilter } from '../common/error.filter';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { RecordingsModule } from './recordings.module';
import { rawDigestRequest } from './test-support/raw-digest-request';
import {
  FRIENDS_REC,
  GONE_REC,
  PUBLIC_REC,
  readModelWith,
  TEAM_REC,
} from './test-support/recordings-fixtures';

const user = (id: string, name: string, password: string, context: User['context']): User => ({
  id,
  name,
  password,
  context,
  conpin: '0815',
  email: `${name}@example.org`,
  polymac: 'none',
});
const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const PUBLIC = { user: 'publicuser', password: 'pw22000' };
const USERS = [
  user('20000', TEAM.user, TEAM.password, 'team'),
  user('21000', FRIEND.user, FRIEND.password, 'friends'),
  user('22000', PUBLIC.user, PUBLIC.password, 'public'),
];

@Global()
@Module({
  providers: [{ provide: XmlStateReadModel, useValue: readModelWith() }],
  exports: [XmlStateReadModel],
})
class ReadModelModule {}

describe('recording routes over HTTP', () => {
  let base: string;
  let dir: string;
  let app: INestApplication;
  let url: string;
  const secret = () => join(base, 'secret.wav');
  const call = (
    path: string,
    who = TEAM,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ) => digestFetch(`${url}${path}`, { ...who, ...init });
  const post = (path: string, body: unknown, who = TEAM) =>
    call(path, who, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  beforeEach(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'fscon-rechttp-')));
    dir = join(base, 'recordings');
    mkdirSync(dir);
    writeFileSync(secret(), 'secret');
    for (const file of [TEAM_REC, FRIENDS_REC, PUBLIC_REC, GONE_REC])
      writeFileSync(join(dir, file), `RIFF:${file}`);
    writeFileSync(join(dir, 'notes.txt'), 'not a recording');
    symlinkSync(secret(), join(dir, 'public_conf-2026-11-28T10:00:00Z.wav'));
    const config = { paths: { recordings: dir } } as AppConfig;
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ReadModelModule,
        AuthModule.forRoot({ directory: { useValue: new InMemoryUserDirectory(USERS) } }),
        RecordingsModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ErrorFilter());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterEach(async () => {
    await app.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('lists every recording for the team and non-team ones for friends', async () => {
    expect(JSON.parse((await call('/api/recordings')).body)).toEqual({
      op: 'api/recordings',
      files: [FRIENDS_REC, GONE_REC, PUBLIC_REC, TEAM_REC],
    });
    expect(JSON.parse((await call('/fr/friendsrec', FRIEND)).body)).toEqual({
      op: 'friendserc',
      files: [FRIENDS_REC, PUBLIC_REC],
    });
  });

  it('serves ranges, HEAD and refuses unsatisfiable ranges', async () => {
    const partial = await call(`/api/recordings/${encodeURIComponent(TEAM_REC)}`, TEAM, {
      headers: { range: 'bytes=2-5' },
    });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-type')).toBe('audio/wav');
    expect(partial.headers.get('content-range')).toBe(`bytes 2-5/${5 + TEAM_REC.length}`);
    expect(partial.body).toBe('FF:t');
    const head = await call(`/fr/friendsrec/${FRIENDS_REC}`, FRIEND, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), head.body]).toEqual([
      200,
      String(5 + FRIENDS_REC.length),
      '',
    ]);
    const beyond = await call(`/api/recordings/${FRIENDS_REC}`, TEAM, { headers: { range: 'bytes=9999-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${5 + FRIENDS_REC.length}`);
    expect(JSON.parse(beyond.body)).toEqual({
      error: 'range not satisfiable',
      code: 'HTTP.RANGE_NOT_SATISFIABLE',
    });
  });

  it('answers 404 for missing recordings and, on friends routes, for team ones', async () => {
    expect((await call('/api/recordings/missing.wav')).status).toBe(404);
    const team = await call(`/fr/friendsrec/${encodeURIComponent(TEAM_REC)}`, FRIEND);
    const missing = await call('/fr/friendsrec/friends_conf-2030-01-01T00:00:00Z.wav', FRIEND);
    expect([team.status, missing.status]).toEqual([404, 404]);
  });

  it('refuses public users and unauthenticated requests', async () => {
    expect((await call('/fr/friendsrec', PUBLIC)).status).toBe(403);
    expect((await call('/api/recordings', FRIEND)).status).toBe(403);
    expect((await fetch(`${url}/api/recordings`)).status).toBe(401);
  });

  it.each([
    '/api/recordings/..%2F..%2Fetc%2Fpasswd',
    '/api/recordings/..%2Fsecret.wav',
    '/api/recordings/%2e%2e',
    '/api/recordings/a%5Cb.wav',
    '/api/recordings/a%00.wav',
    '/api/recordings/notes.txt',
    '/fr/friendsrec/..%2Fsecret.wav',
  ])('answers 400 to %s', async (path) => {
    const response = await rawDigestRequest(url, path, TEAM);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toEqual(expect.any(String));
  });

  it('never serves or deletes through a link leading outside the folder', async () => {
    const link = 'public_conf-2026-11-28T10:00:00Z.wav';
    expect((await call(`/api/recordings/${encodeURIComponent(link)}`)).status).toBe(404);
    expect(JSON.parse((await post('/api/recordings/del', [{ file: link }])).body).failed).toEqual([link]);
    expect(readFileSync(secret(), 'utf8')).toBe('secret');
  });

  it('deletes per element and lets friends delete only non-team recordings', async () => {
    const team = await post('/api/recordings/del', [{ file: GONE_REC }, { file: 'missing.wav' }]);
    expect([team.status, JSON.parse(team.body)]).toEqual([
      200,
      { op: 'api/recordings/del', done: [GONE_REC], failed: ['missing.wav'] },
    ]);
    const friends = await post('/fr/delfriendsrec', [{ file: TEAM_REC }, { file: FRIENDS_REC }], FRIEND);
    expect(JSON.parse(friends.body)).toEqual({
      op: 'delfriendsrec',
      done: [FRIENDS_REC],
      failed: [TEAM_REC],
    });
    expect([GONE_REC, FRIENDS_REC, TEAM_REC].map((file) => existsSync(join(dir, file)))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it.each([
    [{ file: TEAM_REC }, 'must be a JSON array'],
    [[{ file: TEAM_REC }, { name: 'x.wav' }], '[1] property name should not exist'],
    [[{ file: TEAM_REC }, { file: '../secret.wav' }], 'must not contain / or \\'],
  ])('refuses the body %j and deletes nothing', async (body, problem) => {
    const response = await post('/api/recordings/del', body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toContain(problem);
    expect([existsSync(join(dir, TEAM_REC)), existsSync(secret())]).toEqual([true, true]);
  });
});
