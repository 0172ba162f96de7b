import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURES } from '../test-support/capture';
import { headerNames } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';

const MAINTENANCE = 'conference::maintenance';

interface CapturedRecord {
  headers: Record<string, string>;
}
/** The real switch's start-talking and stop-talking (fixtures/fs-captures/talking). */
const captured = JSON.parse(
  readFileSync(join(CAPTURES, 'talking', 'talking.events.json'), 'utf8'),
) as CapturedRecord[];
const capturedAction = (action: string): Record<string, string> => {
  const found = captured.find((event) => event.headers['Action'] === action);
  if (!found) throw new Error(`no ${action} in the capture`);
  return found.headers;
};

describe('start-talking and stop-talking', () => {
  let live: LiveCore;
  beforeEach(() => {
    live = liveCore();
  });
  afterEach(() => live.remove());

  const actions = () => live.custom(MAINTENANCE).map((event) => event.getHeader('Action'));

  it('fires them with the headers of the real switch, Talking true then false', async () => {
    await live.calls.join({ number: '30000', user: '20000' });
    const talker = await live.calls.join({ number: '30000', user: '20001' });
    await live.calls.talk(talker.memberId);
    await live.calls.talk(talker.memberId, false);
    const [start] = live.custom(MAINTENANCE, 'start-talking');
    const [stop] = live.custom(MAINTENANCE, 'stop-talking');
    const loopback = (names: string[]) => names.filter((name) => !name.startsWith('Caller-Transfer'));
    expect(loopback(headerNames(start.headers))).toEqual(Object.keys(capturedAction('start-talking')));
    expect(loopback(headerNames(stop.headers))).toEqual(Object.keys(capturedAction('stop-talking')));
    expect([start.getHeader('Talking'), stop.getHeader('Talking')]).toEqual(['true', 'false']);
    expect(stop.getHeader('Current-Energy')).toBe('0');
    expect(start.getHeader('Event-Calling-Function')).toBe('conference_loop_input');
    expect(stop.getHeader('Event-Calling-Function')).toBe('stop_talking_handler');
  });

  it('starts talking before taking the floor, and fires nothing for talk that changes nothing', async () => {
    await live.calls.join({ number: '30000', user: '20000' });
    const talker = await live.calls.join({ number: '30000', user: '20001' });
    const from = actions().length;
    await live.calls.talk(talker.memberId);
    await live.calls.talk(talker.memberId);
    await live.calls.talk(talker.memberId, false);
    await live.calls.talk(talker.memberId, false);
    expect(actions().slice(from)).toEqual(['start-talking', 'floor-change', 'stop-talking']);
  });

  it('a mute ends the talking without stop-talking, as on the real switch', async () => {
    const talker = await live.calls.join({ number: '30000', user: '20001' });
    await live.calls.talk(talker.memberId);
    live.core.api('conference', `team_g722 mute ${talker.memberId}`);
    await live.calls.talk(talker.memberId, false);
    expect(live.custom(MAINTENANCE, 'mute-member')[0].getHeader('Talking')).toBe('false');
    expect(live.custom(MAINTENANCE, 'stop-talking')).toEqual([]);
  });
});
