import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { usersWithDefaultPassword, warnOfDefaultPassword } from './default-password';
import { recordingLog, testFolders } from './test-support/test-folders';

describe('the default password warning', () => {
  const folders = testFolders();
  afterAll(() => folders.remove());
  const paths = { ...folders, switchConf: folders.shipped };
  const defaultUser = join(folders.shipped, 'directory', 'team', '20000.xml');

  it('names the shipped team user, whose password is still napw, loudly', () => {
    const log = recordingLog();
    warnOfDefaultPassword(paths, log);
    expect(log.lines).toEqual([
      'LOUD team user 20000 (defaultuser) still has the default password "napw": anyone can administer ' +
        'this system. Change it now (README: Install > Container > Changing the default password).',
    ]);
  });

  it('says nothing once the directory file has another password', () => {
    writeFileSync(defaultUser, readFileSync(defaultUser, 'utf8').replace('value="napw"', 'value="n3w"'));
    const log = recordingLog();
    warnOfDefaultPassword(paths, log);
    expect(log.lines).toEqual([]);
  });

  it('reads the password parameter, not a variable of the same value', () => {
    const user = (password: string) =>
      `<include><user id="20005"><params><param name="password" value="${password}"/></params>` +
      '<variables><variable name="vm-password" value="napw"/></variables></user></include>';
    expect(usersWithDefaultPassword([user('napw'), user('other')])).toEqual(['20005']);
  });
});
