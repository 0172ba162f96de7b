import type { XmlState } from '@fscon/contracts';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { PhoneFiles } from './phone-files';
import { APPENDED_LOG_LIMIT, PolycomUploads } from './polycom-uploads';
import type { ProvisioningRunner } from './provisioning-runner';
import { InMemoryProvisioningFileStore } from './test-support/in-memory-provisioning-file-store';
import { FRIEND_MAC, provisioningTestState, TEAM_MAC } from './test-support/provisioning-state';

const code = (expected: string) => expect.objectContaining({ code: expected });

describe('PhoneFiles and PolycomUploads', () => {
  const state = provisioningTestState();
  const [teamUser, teamPhoneUser, friendPhoneUser] = state.users;
  let store: InMemoryProvisioningFileStore;
  let busy: boolean;
  let whenIdle: () => void;
  let files: PhoneFiles;
  let uploads: PolycomUploads;

  beforeEach(() => {
    store = new InMemoryProvisioningFileStore();
    busy = false;
    whenIdle = () => undefined;
    const runner = { isBusy: () => busy, idle: async () => whenIdle() } as unknown as ProvisioningRunner;
    const readModel = new XmlStateReadModel();
    const twin = { ...friendPhoneUser, id: '21001', name: 'twin' };
    readModel.replace({
      ...state,
      users: [...state.users, twin],
      info: {} as XmlState['info'],
      conferencetypes: [],
    });
    files = new PhoneFiles(store, runner, readModel);
    uploads = new PolycomUploads(store, files);
  });

  it('reads the caller’s Linphone file', async () => {
    store.seed('linphone/20000/linphone.xml', '<config/>');
    await expect(files.linphone(teamUser)).resolves.toBe('<config/>');
    await expect(files.linphone(friendPhoneUser)).rejects.toEqual(code('PROVISIONING.NOT_FOUND'));
  });

  it('waits for a pending run when the file is not there yet', async () => {
    busy = true;
    whenIdle = () => store.seed('linphone/20000/linphone.xml', '<config/>');
    await expect(files.linphone(teamUser)).resolves.toBe('<config/>');
  });

  it('serves UC Software from the UCS folder and anything else from the caller’s MAC folder', async () => {
    await expect(files.polycomFile(teamUser, 'sip.ld')).resolves.toBe('polycom/ucs/sip.ld');
    await expect(files.polycomFile(teamPhoneUser, 'allprov.cfg')).resolves.toBe(
      `polycom/${TEAM_MAC}/allprov.cfg`,
    );
    expect(files.ucsFile('SoundPointIPLocalization', 'German_Germany', 'x.xml')).toBe(
      'polycom/ucs/SoundPointIPLocalization/German_Germany/x.xml',
    );
  });

  it('refuses users without a phone, the second user of a MAC and names that are not plain', async () => {
    await expect(files.polycomFile(teamUser, 'allprov.cfg')).rejects.toEqual(code('PROVISIONING.NOT_FOUND'));
    const twin = { ...friendPhoneUser, id: '21001', name: 'twin' };
    await expect(files.polycomFile(twin, 'allprov.cfg')).rejects.toEqual(code('PROVISIONING.NOT_FOUND'));
    await expect(files.polycomFile(teamPhoneUser, '..')).rejects.toEqual(code('PROVISIONING_FILE.INVALID'));
    expect(() => files.ucsFile('Config', '../../allprov.cfg')).toThrow(code('PROVISIONING_FILE.INVALID'));
  });

  it('appends application logs and replaces other uploads', async () => {
    const log = uploads.target(friendPhoneUser, `${FRIEND_MAC}-app.log`);
    await Promise.all([uploads.save(log, Buffer.from('one\n')), uploads.save(log, Buffer.from('two\n'))]);
    const overrides = uploads.target(friendPhoneUser, `${FRIEND_MAC}-phone.cfg`);
    await uploads.save(overrides, Buffer.from('a'));
    await uploads.save(overrides, Buffer.from('b'));
    expect(store.text(log)).toBe('one\ntwo\n');
    expect(store.text(overrides)).toBe('b');
  });

  it('moves a log that would grow past the limit aside first', async () => {
    const log = `polycom/${FRIEND_MAC}/${FRIEND_MAC}-app.log`;
    store.seed(log, 'x'.repeat(APPENDED_LOG_LIMIT - 2));
    await uploads.save(log, Buffer.from('new\n'));
    expect(store.text(log)).toBe('new\n');
    expect(store.text(`${log}.1`)).toHaveLength(APPENDED_LOG_LIMIT - 2);
  });

  it('refuses uploads over the files only the server writes', () => {
    expect(() => uploads.target(friendPhoneUser, 'allprov.cfg')).toThrow(code('PROVISIONING_FILE.FORBIDDEN'));
    expect(() => uploads.target(friendPhoneUser, `${FRIEND_MAC}.cfg`)).toThrow(
      code('PROVISIONING_FILE.FORBIDDEN'),
    );
    expect(uploads.target(friendPhoneUser, `${FRIEND_MAC}-directory.xml`)).toBe(
      `polycom/${FRIEND_MAC}/${FRIEND_MAC}-directory.xml`,
    );
    expect(() => uploads.target(teamUser, 'x.log')).toThrow(code('PROVISIONING.NOT_FOUND'));
  });
});
