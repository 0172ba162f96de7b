import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InfoResponse } from '@fscon/contracts';
import { digestFetch, type DigestFetchOptions } from './support/digest-client';
import { rawApi } from './support/raw-esl';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = { user: 'defaultuser', password: 'napw' };
const TEAM2 = { user: 'teamuser2', password: 'pw20001' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const PUBLIC = { user: 'publicuser', password: 'pw22000' };
const MAC = '0004f2aabbcc';
const HOST = 'conf.example.org';

type Who = typeof TEAM;

function conferenceFile(num: string, name: string): string {
  return `<include>
  <extension name="${name}">
    <condition field="destination_number" expression="${num}">
      <action application="answer"/>
      <action application="conference" data="${name}@16kHz-novideo++flags{\${conf_flags}}"/>
    </condition>
  </extension>
</include>
`;
}

/** The conference numbers a Linphone file lists as contacts. */
function linphoneContacts(xml: string): string[] {
  return [...xml.matchAll(/&lt;sip:(\d+)@/g)].map((match) => match[1]).filter((num) => num.startsWith('3'));
}

describe('phone provisioning against the simulator', () => {
  let system: TestSystem;
  const fetchAs = (path: string, who: Who, options: Partial<DigestFetchOptions> = {}) =>
    digestFetch(`${system.url}${path}`, { ...who, ...options });
  const staticFile = (path: string) => join(system.workspace.staticDir, path);
  const inode = (path: string) => statSync(staticFile(path)).ino;
  const post = async (path: string, body: unknown) => {
    const response = await fetchAs(path, TEAM, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    return JSON.parse(response.body);
  };
  /** A full run queues behind any run going on, so its answer means the files are settled. */
  const settled = async () => expect((await fetchAs('/api/users/reprov', TEAM)).status).toBe(200);

  beforeAll(async () => {
    system = await startSystem({ CONHOSTNAME: HOST });
    mkdirSync(staticFile('polycom/ucs/Config'), { recursive: true });
    writeFileSync(staticFile('polycom/ucs/sip.ld'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    writeFileSync(staticFile('polycom/ucs/Config/features.cfg'), '<features/>');
  });
  afterAll(() => system.stop());

  // The start-up run writes the users' files in no fixed order; the tests after this one rely on them.
  it('writes the files of every user into the static folder', async () => {
    await eventually(() => {
      ['20000', '20001', '21000', '22000'].forEach((id) =>
        expect(existsSync(staticFile(`linphone/${id}/linphone.xml`))).toBe(true),
      );
      [`${MAC}.cfg`, 'allprov.cfg', `${MAC}-directory.xml`].forEach((name) =>
        expect(existsSync(staticFile(`polycom/${MAC}/${name}`))).toBe(true),
      );
    });
  });

  it('hands every caller their own Linphone file with the conferences their context may see', async () => {
    const { domain } = (JSON.parse((await fetchAs('/api/info', TEAM)).body) as InfoResponse).globals;
    expect(domain).not.toBe(HOST);
    const expected: [Who, string, string[]][] = [
      [TEAM, '20000', ['30000', '31000', '32000']],
      [FRIEND, '21000', ['31000', '32000']],
      [PUBLIC, '22000', ['32000']],
    ];
    for (const [who, id, contacts] of expected) {
      const response = await fetchAs('/linphone', who);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
      expect(response.body).toContain(`<entry name="username" overwrite="true">${id}</entry>`);
      expect(response.body).toContain(`&lt;sip:${domain}:3361;transport=tls&gt;`);
      expect(linphoneContacts(response.body)).toEqual(contacts);
    }
    expect((await fetch(`${system.url}/linphone`)).status).toBe(401);
  });

  it('hands teamuser2 the three Polycom files of their MAC folder', async () => {
    const master = await fetchAs(`/polycom/${MAC}.cfg`, TEAM2);
    expect(master.status).toBe(200);
    expect(master.body).toContain(`APP_FILE_PATH="https://${HOST}:0/polycom/sip.ld"`);
    const allprov = await fetchAs('/polycom/allprov.cfg', TEAM2);
    expect(allprov.body).toContain('reg.1.auth.userId="20001"');
    expect(allprov.body).toContain('reg.1.auth.password="pw20001"');
    const directory = await fetchAs(`/polycom/${MAC}-directory.xml`, TEAM2);
    expect(directory.body.match(/<ct>\d+<\/ct>/g)).toEqual([
      '<ct>30000</ct>',
      '<ct>31000</ct>',
      '<ct>32000</ct>',
    ]);
    expect((await fetchAs(`/polycom/${MAC}-phone.cfg`, TEAM2)).status).toBe(404);
  });

  it('serves the UC Software to every caller from the UCS folder', async () => {
    expect((await fetch(`${system.url}/polycom/sip.ld`)).status).toBe(401);
    const response = await fetchAs('/polycom/sip.ld', PUBLIC);
    expect(response.status).toBe(200);
    expect(Buffer.from(response.body, 'latin1')).toEqual(readFileSync(staticFile('polycom/ucs/sip.ld')));
    expect((await fetchAs('/polycom/Config/features.cfg', PUBLIC)).body).toBe('<features/>');
    expect((await fetchAs('/polycom/missing.ld', PUBLIC)).status).toBe(404);
    expect((await fetchAs('/polycom/languages/..%2F..%2Fpolycom%2F' + MAC, PUBLIC)).status).toBe(400);
  });

  it('answers 404 with a JSON error to a user without a Polycom phone', async () => {
    for (const path of ['/polycom/allprov.cfg', `/polycom/${MAC}.cfg`]) {
      const response = await fetchAs(path, TEAM);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body)).toEqual({
        error: expect.any(String),
        code: 'PROVISIONING.NOT_FOUND',
      });
    }
    expect((await fetchAs('/polycom/x-app.log', FRIEND, { method: 'PUT', body: 'x' })).status).toBe(404);
  });

  it('appends uploaded application logs and replaces other uploads, with any content type', async () => {
    const put = (name: string, body: string, type?: string) =>
      fetchAs(`/polycom/${name}`, TEAM2, {
        method: 'PUT',
        body,
        headers: type === undefined ? {} : { 'content-type': type },
      });
    expect((await put(`${MAC}-app.log`, 'first\n', 'text/plain')).status).toBe(200);
    expect((await put(`${MAC}-app.log`, 'second\n', 'application/octet-stream')).status).toBe(200);
    expect((await put(`${MAC}-phone.cfg`, '<old/>')).status).toBe(200);
    expect((await put(`${MAC}-phone.cfg`, '<new/>', 'application/xml')).status).toBe(200);
    expect(readFileSync(staticFile(`polycom/${MAC}/${MAC}-app.log`), 'utf8')).toBe('first\nsecond\n');
    expect(readFileSync(staticFile(`polycom/${MAC}/${MAC}-phone.cfg`), 'utf8')).toBe('<new/>');
    expect((await fetchAs(`/polycom/${MAC}-phone.cfg`, TEAM2)).body).toBe('<new/>');
  });

  it('stores form-encoded and JSON-typed uploads byte for byte, even when they do not parse', async () => {
    const uploads = [
      ['form.cfg', 'a=b&c', 'application/x-www-form-urlencoded'],
      ['json.cfg', '<not json/>', 'application/json'],
    ];
    for (const [name, body, type] of uploads) {
      const response = await fetchAs(`/polycom/${MAC}-${name}`, TEAM2, {
        method: 'PUT',
        body,
        headers: { 'content-type': type },
      });
      expect(response.status).toBe(200);
      expect(readFileSync(staticFile(`polycom/${MAC}/${MAC}-${name}`), 'utf8')).toBe(body);
    }
  });

  it('refuses uploads outside the MAC folder, over server files and past the size limit', async () => {
    const put = (name: string, body = 'x') => fetchAs(`/polycom/${name}`, TEAM2, { method: 'PUT', body });
    for (const name of ['..%2F..%2Flinphone%2F20000%2Flinphone.xml', '..%5Cevil', '.hidden', 'a%00b']) {
      const response = await put(name);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toEqual({
        error: expect.any(String),
        code: 'PROVISIONING_FILE.INVALID',
      });
    }
    expect((await put('allprov.cfg')).status).toBe(403);
    expect((await put('big.log', 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
    expect((await put('limit.log', 'x'.repeat(1024 * 1024))).status).toBe(200);
    expect(readFileSync(staticFile('linphone/20000/linphone.xml'), 'utf8')).toContain('<config');
    expect(existsSync(staticFile('polycom/evil'))).toBe(false);
  });

  it('updates the contacts of exactly the users who may see a new conference, without a manual rebuild', async () => {
    await settled();
    const publicBefore = inode('linphone/22000/linphone.xml');
    const allprovBefore = inode(`polycom/${MAC}/allprov.cfg`);
    writeFileSync(
      join(system.workspace.confDir, 'dialplan/conferences/31001.xml'),
      conferenceFile('31001', 'fr2'),
    );
    expect(await rawApi('127.0.0.1', system.simulator.port, 'ClueCon', 'reloadxml')).toBe('+OK [Success]\n');
    await eventually(async () => {
      expect(linphoneContacts((await fetchAs('/linphone', FRIEND)).body)).toEqual([
        '31000',
        '31001',
        '32000',
      ]);
      expect(linphoneContacts((await fetchAs('/linphone', TEAM)).body)).toContain('31001');
      expect((await fetchAs(`/polycom/${MAC}-directory.xml`, TEAM2)).body).toContain('<ct>31001</ct>');
    });
    await settled();
    expect(inode('linphone/22000/linphone.xml')).toBe(publicBefore);
    expect(inode(`polycom/${MAC}/allprov.cfg`)).toBe(allprovBefore);
    expect(linphoneContacts((await fetchAs('/linphone', PUBLIC)).body)).toEqual(['32000']);
  });

  it('gives everybody a public conference added through the API', async () => {
    const added = await post('/api/conferences/add', [
      { name: 'pub2', type: '16kHz-novideo', context: 'public' },
    ]);
    const num: string = added.done[0].num;
    await eventually(async () => {
      for (const who of [TEAM, FRIEND, PUBLIC]) {
        expect(linphoneContacts((await fetchAs('/linphone', who)).body)).toContain(num);
      }
    });
  });

  it('removes a deleted user’s files and keeps their phone’s logs', async () => {
    const mac = '64167f0000aa';
    const added = await post('/api/users/add', [
      {
        name: 'leaver',
        email: 'leaver@example.org',
        context: 'friends',
        password: 'pwleaver1',
        polymac: mac,
      },
    ]);
    const id: string = added.done[0].id;
    await eventually(() => expect(existsSync(staticFile(`polycom/${mac}/allprov.cfg`))).toBe(true));
    const leaver = { user: 'leaver', password: 'pwleaver1' };
    expect(linphoneContacts((await fetchAs('/linphone', leaver)).body)).not.toContain('30000');
    await fetchAs(`/polycom/${mac}-app.log`, leaver, { method: 'PUT', body: 'boot\n' });
    await post('/api/users/del', [{ id }]);
    await eventually(() => expect(existsSync(staticFile(`linphone/${id}`))).toBe(false));
    await eventually(() => expect(existsSync(staticFile(`polycom/${mac}/allprov.cfg`))).toBe(false));
    expect(existsSync(staticFile(`polycom/${mac}/${mac}.cfg`))).toBe(false);
    expect(existsSync(staticFile(`polycom/${mac}/${mac}-directory.xml`))).toBe(false);
    expect(readFileSync(staticFile(`polycom/${mac}/${mac}-app.log`), 'utf8')).toBe('boot\n');
  });

  it('rewrites every user’s files on reprov and rebuildcontacts, for the team only', async () => {
    rmSync(staticFile('linphone/20000/linphone.xml'));
    const reprov = await fetchAs('/api/users/reprov', TEAM);
    expect(reprov.status).toBe(200);
    const body = JSON.parse(reprov.body);
    expect(body.op).toBe('users/reprov');
    expect(body.failed).toEqual([]);
    expect(body.done.map((user: { id: string }) => user.id)).toEqual(
      expect.arrayContaining(['20000', '20001']),
    );
    expect(body.done[0]).toMatchObject({
      id: expect.any(String),
      name: expect.any(String),
      polymac: expect.any(String),
    });
    expect(existsSync(staticFile('linphone/20000/linphone.xml'))).toBe(true);

    rmSync(staticFile(`polycom/${MAC}/${MAC}-directory.xml`));
    const contacts = await fetchAs('/api/conferences/rebuildcontacts', TEAM);
    expect(contacts.status).toBe(200);
    const rebuilt = JSON.parse(contacts.body);
    expect(rebuilt).toEqual({ op: 'conferences/rebuildcontacts', done: expect.any(String) });
    expect(Date.parse(rebuilt.done)).not.toBeNaN();
    expect(existsSync(staticFile(`polycom/${MAC}/${MAC}-directory.xml`))).toBe(true);

    expect((await fetchAs('/api/users/reprov', FRIEND)).status).toBe(403);
    expect((await fetchAs('/api/conferences/rebuildcontacts', PUBLIC)).status).toBe(403);
  });
});
