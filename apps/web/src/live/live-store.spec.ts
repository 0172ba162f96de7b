import type { LiveDelta, LiveReply } from '@fscon/contracts';
import { awaitSnapshot, EMPTY_LIVE_VIEW, initRequest, receive } from './live-store';
import type { LiveView } from './live-view';
import { conference, member, registration, seq } from './test-support/fixtures';

const init = (data = [conference('room')], at?: number, epoch?: string): LiveReply => ({
  event: 'reply',
  reply: 'init',
  data,
  ...(at === undefined ? {} : { seq: at }),
  ...(epoch === undefined ? {} : { epoch }),
});
const join = (n: number, confid: string): LiveDelta =>
  seq(n, { event: 'newMember', conference: 'room', data: member(confid) });
const leave = (n: number, confid: string): LiveDelta =>
  seq(n, { event: 'delMember', conference: 'room', data: confid });
const confids = (view: LiveView) => view.conferences.room?.members.map((m) => m.confid);
const all = (view: LiveView, messages: (LiveDelta | LiveReply)[]) => messages.reduce(receive, view);

describe('live store', () => {
  it('holds deltas that arrive before the init reply and applies the newer ones after it', () => {
    const early = all(EMPTY_LIVE_VIEW, [join(4, '2'), join(5, '3')]);
    expect(early.conferences).toEqual({});
    expect(early.pending).toHaveLength(2);
    const view = receive(early, init([conference('room')], 4));
    expect(confids(view)).toEqual(['1', '3']);
    expect(view).toMatchObject({ synced: true, lastSeq: 5, pending: [] });
  });

  it('applies held deltas again over a snapshot without seq, which changes nothing it holds', () => {
    const room = conference('room', [member('1'), member('2')]);
    const view = all(EMPTY_LIVE_VIEW, [join(4, '2'), init([room])]);
    expect(confids(view)).toEqual(['1', '2']);
    expect(view.lastSeq).toBe(4);
    expect(confids(receive(view, join(5, '3')))).toEqual(['1', '2', '3']);
  });

  it('drops duplicates', () => {
    const view = all(EMPTY_LIVE_VIEW, [init([conference('room')], 10), join(11, '2')]);
    const after = all(view, [leave(12, '2'), join(11, '2'), leave(12, '2')]);
    expect(confids(after)).toEqual(['1']);
    expect(after.lastSeq).toBe(12);
  });

  it('drops a delta that comes after a newer one, so an old event never undoes a new one', () => {
    const view = all(EMPTY_LIVE_VIEW, [init([conference('room')], 10), leave(13, '1'), join(12, '1')]);
    expect(confids(view)).toEqual([]);
    expect(view.lastSeq).toBe(13);
  });

  it('takes gaps in the sequence as deltas of conferences this context does not see', () => {
    const view = all(EMPTY_LIVE_VIEW, [init([conference('room')], 10), join(15, '2'), join(40, '3')]);
    expect(confids(view)).toEqual(['1', '2', '3']);
    expect(view).toMatchObject({ lastSeq: 40, pending: [] });
  });

  it('resumes after a reconnect from the last seq, keeping what it shows meanwhile', () => {
    const before = all(EMPTY_LIVE_VIEW, [init([conference('room')], 10), join(11, '2')]);
    const waiting = awaitSnapshot(before);
    expect(initRequest(waiting)).toEqual({ req: 'init', since: 11 });
    expect(confids(waiting)).toEqual(['1', '2']);
    const resumed = all(waiting, [join(11, '2'), join(14, '3')]);
    expect(confids(resumed)).toEqual(['1', '2', '3']);
    expect(resumed).toMatchObject({ synced: true, lastSeq: 14 });
  });

  it('resumes with the epoch of its last snapshot, and starts over from the seq of a snapshot of another', () => {
    // given a view synced in epoch e1 far into its sequence
    const before = all(EMPTY_LIVE_VIEW, [init([conference('room')], 90_000, 'e1'), join(91_000, '2')]);
    // when it reconnects to a server on another journal (epoch e2), which answers with a snapshot
    expect(initRequest(awaitSnapshot(before))).toEqual({ req: 'init', since: 91_000, epoch: 'e1' });
    const after = all(awaitSnapshot(before), [init([conference('room')], 3_000, 'e2'), join(4_000, '7')]);
    // then the lower seqs of e2 are applied, and the next resume names e2
    expect(confids(after)).toEqual(['1', '7']);
    expect(initRequest(awaitSnapshot(after))).toEqual({ req: 'init', since: 4_000, epoch: 'e2' });
  });

  it('takes a fresh snapshot when the server no longer holds what was missed', () => {
    const before = all(EMPTY_LIVE_VIEW, [init([conference('room')], 10), join(11, '2')]);
    const after = all(awaitSnapshot(before), [init([conference('other')], 90), join(91, '5')]);
    expect(Object.keys(after.conferences)).toEqual(['other']);
    expect(after.lastSeq).toBe(91);
  });

  it('asks for everything on the first connect', () => {
    expect(initRequest(awaitSnapshot(EMPTY_LIVE_VIEW))).toEqual({ req: 'init' });
  });

  it('works with a server that sends no seq at all', () => {
    const unnumbered: LiveDelta = { event: 'newMember', conference: 'room', data: member('2') };
    const view = all(EMPTY_LIVE_VIEW, [unnumbered, init([conference('room')])]);
    expect(confids(view)).toEqual(['1', '2']);
    expect(confids(receive(view, { event: 'delMember', conference: 'room', data: '1' }))).toEqual(['2']);
  });

  it('replaces the registrations with the initreg reply and never throws on unknown ids', () => {
    let view = receive(EMPTY_LIVE_VIEW, { event: 'reply', reply: 'initreg', data: [registration('a')] });
    view = all(view, [init([], 1), seq(2, { event: 'mute', conference: 'gone', data: '7' })]);
    view = receive(view, seq(3, { event: 'delReg', user: registration('zzz') }));
    expect(Object.keys(view.registrations)).toEqual(['a']);
    expect(view.lastSeq).toBe(3);
  });
});
