import { ProvisioningError } from '@fscon/provisioning';
import { ProvisioningProjection } from './provisioning-projection';
import { loadProvisioningRenderer } from './provisioning-templates';
import { InMemoryProvisioningFileStore } from './test-support/in-memory-provisioning-file-store';
import {
  conference,
  FILES,
  FRIEND_MAC,
  provisioningTestState,
  TEAM_MAC,
  TEST_SETTINGS,
  type ProvisioningTestState,
} from './test-support/provisioning-state';

const renderer = loadProvisioningRenderer();
const writes = (...paths: string[]) => paths.map((path) => `write ${path}`).sort();
const contactFiles = (id: '20001' | '21000') => [FILES[id][0], FILES[id][3]];

describe('ProvisioningProjection', () => {
  let store: InMemoryProvisioningFileStore;
  let projection: ProvisioningProjection;
  let state: ProvisioningTestState;

  beforeEach(async () => {
    store = new InMemoryProvisioningFileStore();
    projection = new ProvisioningProjection(store, renderer, TEST_SETTINGS);
    state = provisioningTestState();
    await projection.run(state, 'changes');
    store.takeOperations();
  });

  it('writes every user’s files on the first run', async () => {
    const fresh = new InMemoryProvisioningFileStore();
    const result = await new ProvisioningProjection(fresh, renderer, TEST_SETTINGS).run(state, 'changes');
    expect(fresh.takeOperations()).toEqual(writes(...Object.values(FILES).flat()));
    expect(result.done.map((user) => user.id)).toEqual(['20000', '20001', '21000', '22000']);
    expect(result).toMatchObject({ failed: [], rendered: 4, unchanged: 0, removed: [] });
    expect(fresh.text(FILES['21000'][0])).toContain('sip:31000@conf.example.org:3361');
    expect(fresh.text(FILES['21000'][0])).not.toContain('sip:30000@');
  });

  it('renders nobody when nothing changed', async () => {
    const result = await projection.run(provisioningTestState(), 'changes');
    expect(store.takeOperations()).toEqual([]);
    expect(result).toMatchObject({ rendered: 0, unchanged: 4, written: [], removed: [] });
    expect(result.done).toHaveLength(4);
  });

  it('compares with the disk on its first run and leaves identical files alone', async () => {
    const restarted = new ProvisioningProjection(store, renderer, TEST_SETTINGS);
    const result = await restarted.run(state, 'changes');
    expect(store.takeOperations()).toEqual([]);
    expect(result).toMatchObject({ rendered: 4, unchanged: 0 });
  });

  it('rewrites the contacts of team and friends only when a friends conference is added', async () => {
    state.conferences.push(conference('31001', 'friends'));
    const result = await projection.run(state, 'changes');
    expect(store.takeOperations()).toEqual(
      writes(FILES['20000'][0], ...contactFiles('20001'), ...contactFiles('21000')),
    );
    expect(result).toMatchObject({ rendered: 3, unchanged: 1 });
    expect(store.text(FILES['21000'][3])).toContain('<ct>31001</ct>');
  });

  it('rewrites everybody’s contacts when a public conference is renamed', async () => {
    state.conferences[2] = { ...state.conferences[2], name: 'lobby' };
    await projection.run(state, 'changes');
    expect(store.takeOperations()).toEqual(
      writes(FILES['20000'][0], ...contactFiles('20001'), ...contactFiles('21000'), FILES['22000'][0]),
    );
  });

  it('rewrites only the changed user’s files that depend on the changed field', async () => {
    state.users[2] = { ...state.users[2], password: 'secret' };
    await projection.run(state, 'changes');
    expect(store.takeOperations()).toEqual(writes(FILES['21000'][0], FILES['21000'][2]));
    expect(store.text(FILES['21000'][2])).toContain('reg.1.auth.password="secret"');
  });

  it.each([
    ['TLS port', { internal_tls_port: '5061' }],
    ['SIP domain', { domain: 'other.example.org' }],
  ])('rewrites every Linphone and allprov file when the %s changes', async (_label, changed) => {
    state.globals = { ...state.globals, ...changed };
    await projection.run(state, 'changes');
    const expected = [FILES['20000'][0], FILES['20001'][0], FILES['20001'][2], FILES['21000'][0]];
    expect(store.takeOperations()).toEqual(writes(...expected, FILES['21000'][2], FILES['22000'][0]));
  });

  it('removes a deleted user’s files and empty folders, keeping what the phone uploaded', async () => {
    store.seed(`polycom/${FRIEND_MAC}/${FRIEND_MAC}-app.log`, 'boot\n');
    state.users = state.users.filter((user) => !['20000', '21000'].includes(user.id));
    const result = await projection.run(state, 'changes');
    expect(store.takeOperations()).toEqual(
      [...FILES['20000'], ...FILES['21000']]
        .map((path) => `remove ${path}`)
        .concat('rmdir linphone/20000', 'rmdir linphone/21000')
        .sort(),
    );
    expect(result.removed).toHaveLength(5);
    expect(store.paths().filter((path) => path.includes(FRIEND_MAC))).toEqual([
      `polycom/${FRIEND_MAC}/${FRIEND_MAC}-app.log`,
    ]);
  });

  it('moves a user who changed context to the new id', async () => {
    state.users[0] = { ...state.users[0], id: '21005', context: 'friends' };
    await projection.run(state, 'changes');
    expect(store.takeOperations()).toEqual(
      [
        'write linphone/21005/linphone.xml',
        'remove linphone/20000/linphone.xml',
        'rmdir linphone/20000',
      ].sort(),
    );
    expect(store.text('linphone/21005/linphone.xml')).not.toContain('sip:30000@');
  });

  it('moves a user to a new MAC: the old MAC’s server files go, the user’s own contacts come along', async () => {
    const newMac = '64167f000001';
    const own = '<item><fn>Mum</fn><ct>0301234</ct></item>';
    const phoneDirectory = store.text(FILES['20001'][3])!.replace('<item_list>', `<item_list>${own}`);
    store.seed(FILES['20001'][3], phoneDirectory);
    store.seed(`polycom/${TEAM_MAC}/${TEAM_MAC}-app.log`, 'log\n');
    state.users[1] = { ...state.users[1], polymac: newMac };
    await projection.run(state, 'changes');
    const newFiles = [
      `polycom/${newMac}/${newMac}.cfg`,
      `polycom/${newMac}/allprov.cfg`,
      `polycom/${newMac}/${newMac}-directory.xml`,
    ];
    expect(store.takeOperations()).toEqual(
      [...writes(...newFiles), ...FILES['20001'].slice(1).map((path) => `remove ${path}`)].sort(),
    );
    expect(store.text(newFiles[2])).toContain('<fn>Mum</fn>');
    expect(store.hasFolder(`polycom/${TEAM_MAC}`)).toBe(true);
  });

  it('removes files nobody owns on its first run, leaving the UCS folder and phone uploads alone', async () => {
    store.seed('linphone/29999/linphone.xml', '<config/>');
    store.seed('polycom/0004f2999999/0004f2999999.cfg', '<APPLICATION/>');
    store.seed('polycom/0004f2999999/0004f2999999-boot.log', 'boot');
    store.seed('polycom/ucs/sip.ld', 'image');
    const result = await new ProvisioningProjection(store, renderer, TEST_SETTINGS).run(state, 'changes');
    expect(result.removed).toEqual(['linphone/29999/linphone.xml', 'polycom/0004f2999999/0004f2999999.cfg']);
    expect(store.hasFolder('linphone/29999')).toBe(false);
    expect(store.text('polycom/0004f2999999/0004f2999999-boot.log')).toBe('boot');
    expect(store.text('polycom/ucs/sip.ld')).toBe('image');
  });

  it('removes what interrupted writes left behind on its first run', async () => {
    store.seed('linphone/20000/.linphone.xml.0123456789ab.tmp', 'half');
    store.seed('linphone/29998/.linphone.xml.0123456789ab.tmp', 'half');
    const result = await new ProvisioningProjection(store, renderer, TEST_SETTINGS).run(state, 'changes');
    expect(result.removed.sort()).toEqual([
      'linphone/20000/.linphone.xml.0123456789ab.tmp',
      'linphone/29998/.linphone.xml.0123456789ab.tmp',
    ]);
    expect(store.hasFolder('linphone/29998')).toBe(false);
    expect(store.text(FILES['20000'][0])).toContain('<config');
  });

  it('renders everybody in full mode but writes only what differs from the disk', async () => {
    store.seed(FILES['22000'][0], 'edited by hand');
    const result = await projection.run(state, 'full');
    expect(result).toMatchObject({ rendered: 4, unchanged: 0, written: [FILES['22000'][0]] });
  });

  it('gives the second user of a MAC the Linphone file only and reports it', async () => {
    state.users.push({ ...state.users[2], id: '21001', name: 'twin' });
    const result = await projection.run(state, 'changes');
    expect(store.takeOperations()).toEqual(writes('linphone/21001/linphone.xml'));
    expect(result.failed).toEqual([
      { error: expect.stringContaining('already belongs to user 21000'), user: state.users[4] },
    ]);
    expect(result.done.map((user) => user.id)).not.toContain('21001');
  });

  it('gives a user with a malformed MAC the Linphone file only', async () => {
    state.users[2] = { ...state.users[2], polymac: '00:04:F2:DD:EE:FF' };
    const result = await projection.run(state, 'changes');
    expect(result.failed).toEqual([{ error: expect.stringContaining('polymac'), user: state.users[2] }]);
    expect(store.takeOperations()).toEqual(
      [...FILES['21000'].slice(1).map((path) => `remove ${path}`), `rmdir polycom/${FRIEND_MAC}`].sort(),
    );
    expect(store.text(FILES['21000'][0])).toBeDefined();
  });

  it('keeps a user’s files when the phone’s directory is unreadable, and tries again next time', async () => {
    store.seed(FILES['21000'][3], 'not xml <');
    state.conferences.push(conference('31001', 'friends'));
    const first = await projection.run(state, 'changes');
    expect(first.failed).toEqual([{ error: expect.stringContaining('directory'), user: state.users[2] }]);
    expect(store.text(FILES['21000'][3])).toBe('not xml <');
    const second = await projection.run(state, 'changes');
    expect(second).toMatchObject({ unchanged: 3, failed: [{ user: state.users[2] }] });
    store.seed(FILES['21000'][3], '<directory><item_list/></directory>');
    const third = await projection.run(state, 'changes');
    expect(third).toMatchObject({ rendered: 1, unchanged: 3, failed: [] });
    expect(store.text(FILES['21000'][3])).toContain('<ct>31001</ct>');
  });

  it.each(['internal_tls_port', 'domain'])('refuses to run without the %s global', async (name) => {
    state.globals = Object.fromEntries(Object.entries(state.globals).filter(([key]) => key !== name));
    await expect(projection.run(state, 'changes')).rejects.toThrow(ProvisioningError);
  });

  it('does not run when the static folder is missing', async () => {
    store.available = false;
    await expect(projection.run(state, 'full')).rejects.toMatchObject({ code: 'PROVISIONING.NOT_READY' });
    expect(store.takeOperations()).toEqual([]);
  });

  it('stops at the next user when told to, after writing the files already rendered', async () => {
    const stop = new AbortController();
    state.conferences.push(conference('32001', 'public'));
    const writing = store.write.bind(store);
    store.write = async (path, content) => {
      stop.abort();
      await writing(path, content);
    };
    await expect(projection.run(state, 'changes', stop.signal)).rejects.toThrow(/abort/i);
    expect(store.takeOperations()).toEqual(writes(FILES['20000'][0]));
    await expect(projection.run(state, 'changes')).resolves.toMatchObject({ rendered: 4 });
  });
});
