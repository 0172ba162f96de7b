import { SipWsPhone, sipHeader } from '@fscon/fs-simulator';
import { lists, pollRegistrations, sofiaEvent } from './registration-steps';
import type { Scenario, ScenarioContext } from './scenario';

const SHOW = 'show registrations as json';
const SOFIA_REG = 'sofia status profile internal reg';

/** The part of an answer's Contact that says the expiry FreeSWITCH granted. */
const granted = (contact: string) => /;expires=(\d+)/.exec(contact)?.[1] ?? '(none)';

/**
 * A browser-like phone registers over the switch's secure WebSocket (SIP over WSS, as SIP.js sends it:
 * Contact `<sip:user@host.invalid;transport=ws>;expires=N`, no Expires header): 600 s, a refresh
 * asking 7200 s, an un-REGISTER, a new REGISTER asking 30 s, then the socket closes. FreeSWITCH grants
 * each expiry as asked; it reports the WebSocket's address and port, `Registered(WSS-NAT)` and a
 * Contact with fs_nat/fs_path; `show registrations` says `network_proto: udp` all the same.
 */
export const wssRegistration: Scenario = {
  name: 'wss-registration',

  async run({ esl, freeswitch, format, output, write }: ScenarioContext) {
    const trace: string[] = [];
    const callId = `fscap-wss-${format}-${Date.now()}`;
    const phone = await SipWsPhone.connect(`wss://127.0.0.1:${freeswitch.ports.wss}`, {
      user: '20000',
      password: 'napw',
      domain: '127.0.0.1',
      callId,
      contactUser: 'k3lx9q2v',
      contactHost: 'df7jal23ls0d.invalid',
      userAgent: 'fscon-capture (SIP.js style)',
      trace: (direction, message) =>
        trace.push(`----- ${new Date().toISOString()} WSS message ${direction}:\n\n${message}\n`),
    });
    esl.note(
      `WebSocket open from 127.0.0.1:${phone.localPort} to wss://127.0.0.1:${freeswitch.ports.wss} (subprotocol sip)`,
    );
    /** Registers; resolves with `show registrations as json` asked the moment the 200 OK came. */
    const register = async (expires: number, step: string) => {
      const from = esl.mark;
      esl.note(`REGISTER asking expires=${expires} (${step})`);
      const answer = await phone.register(expires);
      esl.note(
        `answer ${answer.startLine}, Contact expires=${granted(sipHeader(answer, 'contact'))}: ${SHOW} at once`,
      );
      const atAnswer = esl.api(SHOW);
      await esl.untilEvent(sofiaEvent(expires === 0 ? 'unregister' : 'register', callId), from);
      return atAnswer;
    };

    output('show_registrations_as_json_at_200_ok.json', await register(600, 'first'));
    output(
      'show_registrations_as_json_600.json',
      await pollRegistrations(esl, 'listed', (a) => lists(a, callId)),
    );
    output('sofia_status_profile_internal_reg_600.txt', await esl.api(SOFIA_REG));

    await register(7200, 'refresh, same Call-ID');
    const longer = (answer: string) => Number(/"expires":"(\d+)"/.exec(answer)?.[1] ?? 0);
    const before = longer(await esl.api(SHOW));
    output(
      'show_registrations_as_json_7200.json',
      await pollRegistrations(esl, 'renewed', (a) => longer(a) > before),
    );
    output('sofia_status_profile_internal_reg_7200.txt', await esl.api(SOFIA_REG));

    await register(0, 'un-REGISTER');
    output(
      'show_registrations_as_json_unregistered.json',
      await pollRegistrations(esl, 'unlisted', (a) => !lists(a, callId)),
    );

    await register(30, 'again, asking little');
    output(
      'show_registrations_as_json_30.json',
      await pollRegistrations(esl, 'listed', (a) => lists(a, callId)),
    );
    output('sofia_status_profile_internal_reg_30.txt', await esl.api(SOFIA_REG));

    const from = esl.mark;
    esl.note('the phone closes its WebSocket');
    await phone.close();
    await esl.untilEvent(sofiaEvent('unregister', callId), from);
    output(
      'show_registrations_as_json_closed.json',
      await pollRegistrations(esl, 'unlisted', (a) => !lists(a, callId)),
    );
    write(`sip-${format}/wss-register.messages.log`, trace.join('\n'));
  },
};
