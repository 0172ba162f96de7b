import { EventHeader } from '../events/fs-event';
import { capturedEvent, headerNames, stableHeaders } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';

const MAINTENANCE = 'conference::maintenance';
const member = (id: string) => (headers: readonly EventHeader[]) =>
  headers.some(([name, value]) => name === 'Caller-Caller-ID-Number' && value === id);

describe('conference events against the captures', () => {
  let live: LiveCore;

  beforeEach(() => {
    live = liveCore();
  });
  afterEach(() => live.remove());

  const last = (action: string) => {
    const events = live.custom(MAINTENANCE, action);
    return events[events.length - 1];
  };
  const expectLike = (action: string, scenario: string, where?: (h: readonly EventHeader[]) => boolean) => {
    const captured = capturedEvent(scenario, { subclass: MAINTENANCE, action, where });
    expect(stableHeaders(last(action))).toEqual(stableHeaders(captured));
  };

  it('a first loopback member: conference-create, add-member, floor-change none → member, alone-sound', async () => {
    await live.calls.join({ number: '30000', user: '20000' });
    expect(live.custom(MAINTENANCE).map((e) => e.getHeader('Action'))).toEqual([
      'conference-create',
      'add-member',
      'floor-change',
      'play-file-done',
    ]);
    expectLike('conference-create', 'conference');
    expectLike('add-member', 'conference', member('20000'));
    expectLike('floor-change', 'conference', member('20000'));
    expectLike('play-file-done', 'conference');
  });

  it('mute, unmute, talk (floor-change from the old holder), kick and the end of the conference', async () => {
    const first = await live.calls.join({ number: '30000', user: '20000' });
    const talker = await live.calls.join({ number: '30000', user: '20001' });
    const friend = await live.calls.join({
      number: '30000',
      user: { id: '21000', flags: 'mute-detect' },
      context: 'team',
    });
    await live.calls.talk(talker.memberId);
    expect(last('floor-change').getHeader('Old-ID')).toBe(String(first.memberId));
    expect(headerNames(last('floor-change').headers)).toEqual(
      headerNames(
        capturedEvent('conference', {
          subclass: MAINTENANCE,
          action: 'floor-change',
          where: member('20001'),
        }),
      ),
    );
    live.core.api('conference', `team_g722 mute ${friend.memberId}`);
    expectLike('mute-member', 'conference', member('21000'));
    live.core.api('conference', `team_g722 unmute ${friend.memberId}`);
    expectLike('unmute-member', 'conference', member('21000'));
    await live.calls.settled();
    expectLike('play-file-member-done', 'conference', member('21000'));
    const ids = [friend, talker, first].map((m) => m.memberId);
    expect(live.core.api('conference', 'team_g722 mute all')).toBe(
      ids.map((id) => `+OK mute ${id}\n`).join(''),
    );
    live.core.api('conference', 'team_g722 lock');
    expectLike('lock', 'conference');
    live.core.api('conference', `team_g722 kick ${friend.memberId}`);
    expectLike('kick-member', 'conference', member('21000'));
    await live.calls.settled();
    expectLike('del-member', 'conference', member('21000'));
    live.core.api('conference', 'team_g722 kick all');
    await live.calls.settled();
    const tail = live
      .custom(MAINTENANCE)
      .slice(-7)
      .map((e) => [e.getHeader('Action'), e.getHeader('New-ID')]);
    // the member threads leave in an order of their own; the floor is let go before its holder's del-member
    expect(tail).toEqual([
      ['kick-member', undefined],
      ['kick-member', undefined],
      ['floor-change', 'none'],
      ['del-member', undefined],
      ['del-member', undefined],
      ['play-file-done', undefined],
      ['conference-destroy', undefined],
    ]);
    expectLike('conference-destroy', 'conference');
  });

  it('a muted member with mute-detect talking: mute-detect and the muted sound', async () => {
    const muted = await live.calls.join({ number: '30000', user: '20000' });
    await live.calls.talk(muted.memberId);
    expect(live.custom(MAINTENANCE, 'floor-change')).toHaveLength(1);
    expect(live.custom(MAINTENANCE, 'mute-detect')[0].getHeader('Talking')).toBe('true');
    expect(last('play-file-member-done').getHeader('File')).toMatch(/conference\/conf-muted\.wav$/);
  });

  it('a SIP member carries Caller-Username, the From name and sofia codecs', async () => {
    await live.calls.join({ number: '30000', user: '20000' });
    await live.calls.join({ number: '30000', user: '20001', via: 'sip' });
    expectLike('add-member', 'sipmember', member('20001'));
  });

  it('members transferred from friends and public carry the transfer headers', async () => {
    await live.calls.join({ number: '31000', user: '21000' });
    expectLike('add-member', 'profiles', member('21000'));
    await live.calls.join({ number: '32000', user: '22000' });
    expectLike('add-member', 'profiles', member('22000'));
    expectLike('conference-create', 'profiles', (h) =>
      h.some(([n, v]) => n === 'Conference-Name' && v === 'public_conf'),
    );
  });
});
