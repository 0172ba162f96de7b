import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventHeader } from '../events/fs-event';
import { CAPTURES } from '../test-support/capture';
import { capturedEvents, stableHeaders } from '../test-support/captured-events';
import { liveCore, LiveCore } from '../test-support/live-core';
import { maskRegistrations } from '../test-support/registration-listings';

const output = (file: string) => readFileSync(join(CAPTURES, 'registration-listing/outputs', file), 'utf8');
const value = (headers: readonly EventHeader[], name: string) => headers.find(([n]) => n === name)?.[1];

/** The registration the capture kept: its Call-ID, its phone's port and the sofia events about it. */
function captured() {
  const listed = JSON.parse(output('show_registrations_as_json_listed.json')) as {
    rows: Array<{ token: string; network_port: string }>;
  };
  const { token, network_port: port } = listed.rows[0]!;
  const events = capturedEvents('registration-listing').filter((h) => value(h, 'call-id') === token);
  const subclass = (name: string) => events.filter((h) => value(h, 'Event-Subclass') === `sofia::${name}`);
  return { token, port, register: subclass('register'), unregister: subclass('unregister') };
}

describe('when the registration lists show a REGISTER, as captured (registration-listing)', () => {
  let live: LiveCore;
  const show = () => live.core.api('show', 'registrations as json');
  /** `show registrations as json` asked the moment the sofia event is fired. */
  const atEvent = (subclass: string): (() => string | undefined) => {
    let answer: string | undefined;
    live.core.bus.subscribe((event) => {
      if (event.subclass === subclass && answer === undefined) answer = show();
    });
    return () => answer;
  };
  beforeEach(() => (live = liveCore()));
  afterEach(() => live.remove());

  it('not at sofia::register, a little later; a refresh stays listed; an un-REGISTER goes a little after its event', async () => {
    const { token, port, register, unregister } = captured();
    const phone = { user: '20001', contact: `127.0.0.1:${port}`, callId: token, userAgent: 'SIPp' };
    const registered = atEvent('sofia::register');
    const done = live.calls.register(phone);
    expect(registered()).toBe(output('show_registrations_as_json_at_register_event.json'));
    expect(show()).toBe(output('show_registrations_as_json_after_200_ok.json'));
    await done;
    expect(stableHeaders(live.custom('sofia::register')[0]!)).toEqual(stableHeaders(register[0]!));
    expect(maskRegistrations(show(), token)).toBe(
      maskRegistrations(output('show_registrations_as_json_listed.json'), token),
    );

    await live.calls.register(phone);
    expect(stableHeaders(live.custom('sofia::register')[1]!)).toEqual(stableHeaders(register[1]!));
    expect(register[1]!.find(([name]) => name === 'update-reg')).toEqual(['update-reg', 'true']);

    const unregistered = atEvent('sofia::unregister');
    const gone = live.calls.unregister('20001', token);
    expect(maskRegistrations(unregistered() ?? '', token)).toBe(
      maskRegistrations(output('show_registrations_as_json_at_unregister_event.json'), token),
    );
    await gone;
    expect(stableHeaders(live.custom('sofia::unregister')[0]!)).toEqual(stableHeaders(unregister[0]!));
    expect(show()).toBe(output('show_registrations_as_json_unlisted.json'));
  });

  it('sofia status profile internal reg: the entry of each row, or none', async () => {
    const { token, port } = captured();
    const sofia = () => live.core.api('sofia', 'status profile internal reg');
    await live.calls.register({
      user: '20001',
      contact: `127.0.0.1:${port}`,
      callId: token,
      userAgent: 'SIPp',
    });
    expect(maskRegistrations(sofia(), token)).toBe(
      maskRegistrations(output('sofia_status_profile_internal_reg.txt'), token),
    );
    const expires = Number(/"expires":"(\d+)"/.exec(show())?.[1]);
    const before = Math.floor(Date.now() / 1000);
    const left = Number(/EXPSECS\((\d+)\)/.exec(sofia())?.[1]);
    const after = Math.floor(Date.now() / 1000);
    expect([expires - after <= left, left <= expires - before]).toEqual([true, true]);
    await live.calls.unregister('20001');
    expect(sofia()).toBe(output('sofia_status_profile_internal_reg_empty.txt'));
    expect(live.core.api('sofia', 'status profile external reg')).toBe('Invalid Profile!\n');
  });
});
