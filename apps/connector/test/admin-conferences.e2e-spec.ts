import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderSnapshot } from '../src/config-files/test-support/folder-snapshot';
import { digestFetch } from './support/digest-client';
import { jsonRequests, TEAM } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

interface ConferenceJson {
  num: string;
  name: string;
  type: string;
  context: string;
}

describe('conference write routes against the simulator', () => {
  let system: TestSystem;
  const { request, ok, locate: xmlLocate } = jsonRequests(() => system);
  const conferences = async (): Promise<ConferenceJson[]> =>
    JSON.parse((await digestFetch(`${system.url}/api/conferences`, TEAM)).body).conferences;
  const locate = () => xmlLocate('dialplan');
  const confFile = (path: string) => join(system.workspace.confDir, path);
  const snapshot = () => folderSnapshot(system.workspace.confDir);

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () =>
      expect((await digestFetch(`${system.url}/api/users`, TEAM)).status).toBe(200),
    );
  });
  afterAll(() => system.stop());

  it('adds conferences with the lowest free number, each element on its own', async () => {
    const body = await ok('/api/conferences/add', [
      { name: 'board', type: '48kHz-video', context: 'team' },
      { name: 'team_g722', type: '16kHz-novideo', context: 'team' },
      { name: 'x', type: '8kHz', context: 'team' },
      { name: 'y', type: '16kHz-novideo', context: 'admins' },
    ]);
    expect(body).toEqual({
      op: 'conferences/add',
      done: [{ num: '30001', name: 'board', type: '48kHz-video', context: 'team' }],
      failed: [
        {
          error: 'name already taken',
          conference: { name: 'team_g722', type: '16kHz-novideo', context: 'team' },
        },
        { error: 'type not implementet', conference: { name: 'x', type: '8kHz', context: 'team' } },
        {
          error: 'context does not exist',
          conference: { name: 'y', type: '16kHz-novideo', context: 'admins' },
        },
      ],
    });
    expect(await conferences()).toContainEqual(body.done[0]);
    expect(await locate()).toContain('data="board@48kHz-video++flags{${conf_flags}}"');
    expect(readFileSync(confFile('dialplan/conferences/30001.xml'), 'utf8')).toContain(
      'codec_string=OPUS,VP8',
    );
  });

  it('modifies conferences; a new context gives a new number and the old file goes', async () => {
    const renamed = await ok('/api/conferences/mod', [{ num: '30001', name: 'board2' }]);
    expect(renamed.done).toEqual([{ num: '30001', name: 'board2', type: '48kHz-video', context: 'team' }]);
    const moved = await ok('/api/conferences/mod', [
      { num: '30001', context: 'friends', type: '16kHz-novideo' },
      { num: '39999' },
    ]);
    expect(moved.done).toEqual([{ num: '31001', name: 'board2', type: '16kHz-novideo', context: 'friends' }]);
    expect(moved.failed).toEqual([{ error: 'no conference 39999', conference: { num: '39999' } }]);
    expect(existsSync(confFile('dialplan/conferences/30001.xml'))).toBe(false);
    const dialplan = await locate();
    expect(dialplan).toContain('expression="31001"');
    expect(dialplan).not.toContain('expression="30001"');
  });

  it('deletes conferences', async () => {
    const body = await ok('/api/conferences/del', [{ num: '31001' }]);
    expect(body.done).toEqual([{ num: '31001', name: 'board2', type: '16kHz-novideo', context: 'friends' }]);
    expect(existsSync(confFile('dialplan/conferences/31001.xml'))).toBe(false);
    expect(await locate()).not.toContain('board2');
    expect((await conferences()).map((c) => c.num).sort()).toEqual(['30000', '31000', '32000']);
  });

  it('refuses names that could inject Event Socket commands or paths, changing nothing', async () => {
    const before = snapshot();
    for (const name of ['x kick all', '../../etc/passwd', 'a\nb', '"/><x']) {
      const response = await request('/api/conferences/add', [
        { name, type: '16kHz-novideo', context: 'team' },
      ]);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toMatch(/name may hold only letters, digits, _, - and \./);
    }
    const numbers = await request('/api/conferences/del', [{ num: '../30000' }]);
    expect(numbers.status).toBe(400);
    const unknown = await request('/api/conferences/mod', [{ num: '30000', flags: 'moderator' }]);
    expect(JSON.parse(unknown.body)).toEqual({
      error: '[0] property flags should not exist',
      code: 'BODY.INVALID',
    });
    expect((await request('/api/conferences/add', { name: 'a' })).status).toBe(400);
    expect(snapshot()).toEqual(before);
  });

  it('puts every file back when FreeSWITCH refuses the new configuration', async () => {
    const planted = confFile('dialplan/conferences/39999.xml');
    writeFileSync(planted, '<include>\n  <extension name="broken"\n</include>\n');
    const before = snapshot();
    const body = await ok('/api/conferences/del', [{ num: '30000' }]);
    expect(body.done).toEqual([]);
    expect(body.failed[0].error).toMatch(
      /^FreeSWITCH refused the new configuration: \[error near line \d+\]/,
    );
    expect(snapshot()).toEqual(before);
    expect((await conferences()).map((c) => c.num)).toContain('30000');
    rmSync(planted);
  });
});
