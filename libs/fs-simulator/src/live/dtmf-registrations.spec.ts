import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURES } from '../test-support/capture';
import { capturedEvent, stableHeaders } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';

const MAINTENANCE = 'conference::maintenance';

describe('moderator keys', () => {
  let live: LiveCore;
  beforeEach(() => (live = liveCore()));
  afterEach(() => live.remove());

  it.each([
    ['1', 'startrecording'],
    ['5', 'checkrecording'],
    ['2', 'pauserecording'],
    ['3', 'resumerecording'],
    ['4', 'stoprecording'],
    ['*', 'muteall'],
    ['6', 'conferencelock'],
    ['7', 'conferenceunlock'],
  ])('%s: the DTMF event, then Action dtmf with Data %s, as captured', async (key, data) => {
    const moderator = await live.calls.join({ number: '30000', user: '20000' });
    await live.calls.join({ number: '30000', user: '22000', context: 'team' });
    await live.calls.pressKey(moderator.memberId, key);
    const [dtmf, control] = live.fired.slice(-2);
    expect(stableHeaders(dtmf)).toEqual(
      stableHeaders(capturedEvent('dtmf', { name: 'DTMF' })).map(([n, v]) => [
        n,
        n === 'DTMF-Digit' ? key : v,
      ]),
    );
    const where = (h: ReadonlyArray<readonly [string, string]>) =>
      h.some(([n, v]) => n === 'DTMF-Key' && v === key);
    expect(stableHeaders(control)).toEqual(
      stableHeaders(capturedEvent('dtmf', { subclass: MAINTENANCE, action: 'dtmf', where })),
    );
    expect(control.getHeader('Data')).toBe(data);
  });

  it("0 toggles mute, # hangs up; a member's 1 is no moderator control", async () => {
    const moderator = await live.calls.join({ number: '30000', user: '20000' });
    const member = await live.calls.join({ number: '30000', user: '22000', context: 'team' });
    await live.calls.pressKey(moderator.memberId, '0');
    expect(live.custom(MAINTENANCE, 'unmute-member')).toHaveLength(1);
    await live.calls.pressKey(moderator.memberId, '0');
    expect(live.custom(MAINTENANCE).slice(-1)[0].getHeader('Action')).toBe('mute-member');
    const before = live.fired.length;
    await live.calls.pressKey(member.memberId, '1');
    // the default caller-controls' volume key (volume-keys.spec.ts); no digits to say the level with here
    expect(live.fired.slice(before).map((e) => e.getHeader('Action') ?? e.name)).toEqual([
      'DTMF',
      'gain-level',
    ]);
    await live.calls.pressKey(moderator.memberId, '#');
    expect(live.custom(MAINTENANCE, 'del-member')[0].getHeader('Member-ID')).toBe(String(moderator.memberId));
  });
});

describe('registrations', () => {
  let live: LiveCore;
  beforeEach(() => (live = liveCore()));
  afterEach(() => live.remove());
  const show = () => live.core.api('show', 'registrations as json');
  const captured = (subclass: string) => stableHeaders(capturedEvent('registration', { subclass }));

  it('register, unregister and expire fire the captured events; show registrations lists the rows', async () => {
    expect(show()).toBe('{"row_count": 0}\n');
    await live.calls.register({ user: '20001', contact: '127.0.0.1:5071', userAgent: 'SIPp-fscapture' });
    expect(stableHeaders(live.fired.slice(-1)[0])).toEqual(captured('sofia::register'));
    const normalise = (text: string) => text.replace(/"(token|expires|hostname)":"[^"]*"/g, '"$1":"*"');
    const one = readFileSync(
      join(CAPTURES, 'registration/outputs/show_registrations_as_json_one.json'),
      'utf8',
    );
    expect(normalise(show())).toBe(normalise(one));
    await live.calls.unregister('20001');
    expect(stableHeaders(live.fired.find((e) => e.subclass === 'sofia::unregister') ?? [])).toEqual(
      captured('sofia::unregister'),
    );
    expect(show()).toBe('{"row_count": 0}\n');
    await live.calls.register({
      user: '20000',
      contact: '127.0.0.1:5072',
      expires: 30,
      userAgent: 'SIPp-fscapture',
    });
    await live.calls.expire('20000');
    expect(stableHeaders(live.fired.slice(-1)[0])).toEqual(captured('sofia::expire'));
    expect(show()).toBe('{"row_count": 0}\n');
    await expect(live.calls.expire('20000')).rejects.toThrow('20000 is not registered');
  });

  it('a closed WebSocket ends its registration with a sofia::unregister that has no address', async () => {
    await live.calls.register({ user: '20000', callId: 'ws-call', contact: '127.0.0.1:51904' });
    await live.calls.disconnect('ws-call');
    const unregister = live.fired.slice(-1)[0]!;
    expect(unregister.subclass).toBe('sofia::unregister');
    expect(stableHeaders(unregister).slice(-6)).toEqual([
      ['profile-name', 'internal'],
      ['from-user', '20000'],
      ['from-host', '127.0.0.1'],
      ['call-id', '*'],
      ['rpid', 'unknown'],
      ['reason', 'socket-disconnection'],
    ]);
    expect(unregister.getHeader('call-id')).toBe('ws-call');
    expect(unregister.getHeader('network-ip')).toBeUndefined();
    expect(show()).toBe('{"row_count": 0}\n');
    await expect(live.calls.disconnect('ws-call')).rejects.toThrow('no registration ws-call');
  });
});
