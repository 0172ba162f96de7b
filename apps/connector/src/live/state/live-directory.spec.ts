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
    expect(directory.conferences()('room')).toBeUndefined();
    expect(directory.translation().directoryName('20000')).toBeUndefined();
  });

  it('looks up conferences and user names in the current xmlState, rebuilt only when it is replaced', () => {
    const xml = new XmlStateReadModel();
    const directory = new LiveDirectory(xml);
    xml.replace(xmlState([user('20000', 'defaultuser')]));
    const lookup = directory.conferences();
    expect(lookup('room')).toEqual({ context: 'friends', type: '16kHz-novideo', num: '31000' });
    expect(directory.translation().directoryName('20000')).toBe('defaultuser');
    expect(directory.conferences()).toBe(lookup);
    xml.replace(xmlState([user('20000', 'renamed')]));
    expect(directory.conferences()).not.toBe(lookup);
    expect(directory.translation().directoryName('20000')).toBe('renamed');
  });
});
