import { announcementOf } from './announcements';
import { EMPTY_LIVE_VIEW } from './live-view';
import { conference, member } from './test-support/fixtures';

const view = { ...EMPTY_LIVE_VIEW, conferences: { room: conference('room', [member('1', 'ann')]) } };

describe('announcementOf', () => {
  it('announces joins, leaves, ends, locks and recordings by name', () => {
    expect(announcementOf(view, { event: 'newMember', conference: 'room', data: member('2', 'bob') })).toBe(
      'bob joined room',
    );
    expect(
      announcementOf(view, { event: 'newConference', data: conference('hall', [member('5', 'cy')]) }),
    ).toBe('cy joined hall');
    expect(announcementOf(view, { event: 'delMember', conference: 'room', data: '1' })).toBe('ann left room');
    expect(announcementOf(view, { event: 'delConference', conference: 'room' })).toBe('room ended');
    expect(announcementOf(view, { event: 'lock', conference: 'room' })).toBe('room locked');
    expect(announcementOf(view, { event: 'recStart', conference: 'room', file: 'f' })).toBe(
      'Recording started in room',
    );
  });

  it('names members the way the directory does when their phone sent only the number', () => {
    const names = new Map([['20005', 'dora']]);
    const numberOnly = { ...member('5', '20005'), id: '20005' };
    expect(announcementOf(view, { event: 'newMember', conference: 'room', data: numberOnly }, names)).toBe(
      'dora joined room',
    );
  });

  it('stays silent about unknown members, repeated joins and quiet changes', () => {
    expect(announcementOf(view, { event: 'delMember', conference: 'room', data: '9' })).toBeUndefined();
    expect(announcementOf(view, { event: 'delConference', conference: 'gone' })).toBeUndefined();
    expect(
      announcementOf(view, { event: 'newMember', conference: 'room', data: member('1', 'ann') }),
    ).toBeUndefined();
    expect(announcementOf(view, { event: 'mute', conference: 'room', data: '1' })).toBeUndefined();
    expect(
      announcementOf(view, { event: 'newMember', conference: 'gone', data: member('2', 'bob') }),
    ).toBeUndefined();
  });

  it('never announces talking: it flaps with every few words', () => {
    expect(announcementOf(view, { event: 'talking', conference: 'room', data: '1' })).toBeUndefined();
    expect(announcementOf(view, { event: 'stoptalking', conference: 'room', data: '1' })).toBeUndefined();
  });
});
