import type { Conference } from '@fscon/contracts';
import type { DirectoryUser } from '../api/directory-api';
import { filterConferences, filterUsers, namesById } from './filters';

const users: DirectoryUser[] = [
  { id: '21000', name: 'Fred', context: 'friends', email: 'fred@example.org' },
  { id: '20000', name: 'defaultuser', context: 'team', email: 'foo@bar.baz' },
  { id: '22000', name: 'publicuser', context: 'public' },
];
const conferences: Conference[] = [
  { num: '32000', name: 'Test_1', type: '16kHz-novideo', context: 'public' },
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_video', type: 'video-mcu-stereo', context: 'friends' },
];

describe('directory filters', () => {
  it('find users by any part of name, id or email, in any case, sorted by id', () => {
    expect(filterUsers(users, { text: '', context: 'all' }).map((u) => u.id)).toEqual([
      '20000',
      '21000',
      '22000',
    ]);
    expect(filterUsers(users, { text: 'FRED', context: 'all' }).map((u) => u.id)).toEqual(['21000']);
    expect(filterUsers(users, { text: 'bar.baz', context: 'all' }).map((u) => u.id)).toEqual(['20000']);
    expect(filterUsers(users, { text: ' 2200 ', context: 'all' }).map((u) => u.id)).toEqual(['22000']);
    expect(filterUsers(users, { text: 'user', context: 'public' }).map((u) => u.id)).toEqual(['22000']);
  });

  it('find conferences by name or number, context and type', () => {
    const nums = (query: Parameters<typeof filterConferences>[1]) =>
      filterConferences(conferences, query).map((c) => c.num);
    expect(nums({ text: '', context: 'all', type: 'all' })).toEqual(['30000', '31000', '32000']);
    expect(nums({ text: 'test', context: 'all', type: 'all' })).toEqual(['32000']);
    expect(nums({ text: '3100', context: 'all', type: 'all' })).toEqual(['31000']);
    expect(nums({ text: '', context: 'all', type: '16kHz-novideo' })).toEqual(['30000', '32000']);
    expect(nums({ text: '', context: 'team', type: 'video-mcu-stereo' })).toEqual([]);
  });

  it('name user ids', () => {
    expect(namesById(users).get('21000')).toBe('Fred');
  });
});
