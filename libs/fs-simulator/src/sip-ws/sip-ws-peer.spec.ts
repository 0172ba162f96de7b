import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventHeader } from '../events/fs-event';
import { Simulator } from '../simulator';
import { CAPTURES } from '../test-support/capture';
import { CaptureSimulator, startCaptureSimulator } from '../test-support/capture-simulator';
import { capturedEvents, plainEventHeaders, stableHeaders } from '../test-support/captured-events';
import { RawClient } from '../test-support/raw-client';
import { maskRegistrations } from '../test-support/registration-listings';
import { eventsMatching, session } from '../test-support/session';
import { sipHeader } from './sip-message';
import { SipWsPeer } from './sip-ws-peer';
import { SipWsPhone } from './sip-ws-phone';

const output = (file: string) => readFileSync(join(CAPTURES, 'wss-registration/outputs', file), 'utf8');
const value = (headers: readonly EventHeader[], name: string) => headers.find(([n]) => n === name)?.[1];

/** The phone of the capture (scripts/record-captures/scenarios/wss-registration.ts) and its WebSocket's port then. */
const listed = JSON.parse(output('show_registrations_as_json_600.json')) as {
  rows: Array<{ token: string; network_port: string }>;
};
const CAPTURED = { callId: listed.rows[0]!.token, port: listed.rows[0]!.network_port };
const PHONE = {
  user: '20000',
  password: 'napw',
  domain: '127.0.0.1',
  callId: CAPTURED.callId,
  contactUser: 'k3lx9q2v',
  contactHost: 'df7jal23ls0d.invalid',
  userAgent: 'fscon-capture (SIP.js style)',
};

/** The captured sofia events of the phone, in order, with its port then replaced by `port`. */
function capturedSofia(port: number): EventHeader[][] {
  const ours = (name: string, text: string) =>
    ['contact', 'network-port'].includes(name) ? text.replaceAll(CAPTURED.port, String(port)) : text;
  return capturedEvents('wss-registration')
    .filter((h) => /^sofia::(register|unregister)$/.test(value(h, 'Event-Subclass') ?? ''))
    .map((headers) => headers.map(([name, text]): EventHeader => [name, ours(name, text)]));
}

describe('the SIP-over-WebSocket peer registers a phone as FreeSWITCH does over WSS (wss-registration)', () => {
  let rig: CaptureSimulator;
  let simulator: Simulator;
  let peer: SipWsPeer;
  let esl: RawClient;

  beforeAll(async () => {
    rig = await startCaptureSimulator();
    simulator = rig.simulator;
    peer = await SipWsPeer.start(simulator, { host: '127.0.0.1', port: 0 });
    esl = await session(simulator.port, 'event plain CUSTOM sofia::register sofia::unregister\n\n');
  });
  afterAll(async () => {
    esl.destroy();
    await peer.stop();
    await rig.stop();
  });

  it('grants each expiry as asked; reports its WebSocket, Registered(WSS-NAT) and fs_nat/fs_path as captured', async () => {
    const phone = await SipWsPhone.connect(peer.url, PHONE);
    const port = phone.localPort;
    const settled = () => simulator.calls.settled();
    const granted = async (expires: number) => sipHeader(await phone.register(expires), 'contact');

    expect(await granted(600)).toBe(
      `<sip:${PHONE.contactUser}@${PHONE.contactHost};transport=ws>;expires=600`,
    );
    await settled();
    const show = () => simulator.api('show registrations as json');
    expect(maskRegistrations(show(), port)).toBe(
      maskRegistrations(output('show_registrations_as_json_600.json'), CAPTURED.port),
    );
    const sofia = () => simulator.api('sofia status profile internal reg');
    expect(maskRegistrations(sofia(), port)).toBe(
      maskRegistrations(output('sofia_status_profile_internal_reg_600.txt'), CAPTURED.port),
    );
    expect(await granted(7200)).toMatch(/;expires=7200$/);
    expect(await granted(0)).toBe('');
    await settled();
    expect(show()).toBe(output('show_registrations_as_json_unregistered.json'));
    expect(await granted(30)).toMatch(/;expires=30$/);
    await settled();
    expect(maskRegistrations(sofia(), port)).toBe(
      maskRegistrations(output('sofia_status_profile_internal_reg_30.txt'), CAPTURED.port),
    );
    await phone.close();
    await settled();
    expect(show()).toBe(output('show_registrations_as_json_closed.json'));

    const simulated = (await eventsMatching(esl, /^Event-Subclass: sofia/m, 5)).map(plainEventHeaders);
    const captured = capturedSofia(port);
    expect(simulated.map(stableHeaders)).toEqual(captured.map(stableHeaders));
    const expiries = (events: EventHeader[][]) => events.map((headers) => value(headers, 'expires'));
    expect(expiries(simulated)).toEqual(expiries(captured));
  });
});
