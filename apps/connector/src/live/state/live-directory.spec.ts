import type { User, XmlState } from '@fscon/contracts';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { LiveDirectory } from './live-directory';

const user = (id: string, name: string): User => ({
  id,
  name,
  password: 'pw',
  conpin: '',
  context: 'team',
  email: '',
  polymac: '',
});

function xmlState(users: User[]): XmlState {
  return {
    info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
    globals: {},
    users,
    conferences: [{ name: 'room', num: '31000', type: '16kHz-novideo', context: 'friends' }],
    conferencetypes: [],
  };
}

describe('LiveDirectory', () => {
  it('knows nothing before the first xmlState', () => {
    const directory = new LiveDirectory(new XmlStateReadModel());
    expect(directory.translation().directoryName('20000')).toBeUndefined();
  });

  it('looks up user names in the current xmlState, rebuilt only when it is replaced', () => {
    const xml = new XmlStateReadModel();
    const directory = new LiveDirectory(xml);
    xml.replace(xmlState([user('20000', 'defaultuser')]));
    const names = directory.translation();
    expect(names.directoryName('20000')).toBe('defaultuser');
    expect(directory.translation()).toBe(names);
    xml.replace(xmlState([user('20000', 'renamed')]));
    expect(directory.translation().directoryName('20000')).toBe('renamed');
  });
});
