import { freeSipPort } from '@fscon/real-freeswitch';
import { sippRegister, type SippRegistration } from '../sipp-register';
import { lists, pollRegistrations, sofiaEvent } from './registration-steps';
import type { Scenario, ScenarioContext } from './scenario';

const SHOW = 'show registrations as json';
/** How often a first REGISTER is tried until its row is missing when its event arrives. */
const ATTEMPTS = 5;

/**
 * When a REGISTER shows in `show registrations as json`: asked the moment sofia::register arrives and
 * again right after SIPp got the 200 OK, it is often not listed yet (sofia writes the row a little
 * later), then asked every 10 ms until it is. A refresh (same Call-ID) keeps the row listed and its
 * sofia::register says `update-reg: true`; the un-REGISTER is still listed at its sofia::unregister and
 * after its 200 OK, until sofia has deleted the row. `sofia status profile internal reg` with one row
 * and with none.
 */
export const registrationListing: Scenario = {
  name: 'registration-listing',

  async run(context: ScenarioContext) {
    const { esl, freeswitch, format, output, write } = context;
    const newPhone = async (attempt: number): Promise<SippRegistration> => ({
      switchPort: freeswitch.ports.sip,
      localPort: await freeSipPort(),
      user: '20001',
      password: 'pw20001',
      callId: `fscap-listing-${format}-${attempt}-${Date.now()}`,
      expires: 300,
    });
    output('show_registrations_as_json_empty.json', await esl.api(SHOW));

    const phone = await firstRegistration(context, newPhone);
    const { callId } = phone;
    output(
      'show_registrations_as_json_listed.json',
      await pollRegistrations(esl, 'listed', (a) => lists(a, callId)),
    );
    output('sofia_status_profile_internal_reg.txt', await esl.api('sofia status profile internal reg'));

    esl.note('refresh: REGISTER again, same Call-ID');
    const refreshed = await registerWatching(context, phone, 'register');
    output('show_registrations_as_json_at_refresh_event.json', refreshed.atEvent);
    write(`sipp-${format}/refresh-${phone.user}.messages.log`, refreshed.messages);

    esl.note('un-REGISTER (Expires: 0, same Call-ID)');
    const unregistered = await registerWatching(context, { ...phone, expires: 0 }, 'unregister');
    output('show_registrations_as_json_at_unregister_event.json', unregistered.atEvent);
    output('show_registrations_as_json_after_unregister_200_ok.json', unregistered.afterAnswer);
    write(`sipp-${format}/unregister-${phone.user}.messages.log`, unregistered.messages);
    output(
      'show_registrations_as_json_unlisted.json',
      await pollRegistrations(esl, 'unlisted', (a) => !lists(a, callId)),
    );
    output('sofia_status_profile_internal_reg_empty.txt', await esl.api('sofia status profile internal reg'));
  },
};

/**
 * Runs SIPp and asks `show registrations as json` the moment the sofia event arrives and again the
 * moment SIPp has exited (it exits on the 200 OK).
 */
async function registerWatching(
  { esl }: ScenarioContext,
  phone: SippRegistration,
  event: 'register' | 'unregister',
): Promise<{ atEvent: string; afterAnswer: string; messages: string }> {
  const from = esl.mark;
  const run = sippRegister(esl, phone);
  await esl.untilEvent(sofiaEvent(event, phone.callId), from);
  esl.note(`sofia::${event} arrived: ${SHOW} at once`);
  const atEvent = esl.api(SHOW);
  const { exitCode, messages } = await run;
  if (exitCode !== 0) throw new Error(`SIPp exited with ${exitCode}:\n${messages}`);
  esl.note(`SIPp has the 200 OK: ${SHOW} at once`);
  const afterAnswer = esl.api(SHOW);
  return { atEvent: await atEvent, afterAnswer: await afterAnswer, messages };
}

/**
 * The first REGISTER, tried again with a new Call-ID (after undoing it) while its row was already
 * listed when its event arrived, up to ATTEMPTS times: whether sofia has written the row by then
 * depends on its SQL thread. Writes the answers of the attempt kept.
 */
async function firstRegistration(
  context: ScenarioContext,
  newPhone: (attempt: number) => Promise<SippRegistration>,
): Promise<SippRegistration> {
  const { esl, format, output, write } = context;
  for (let attempt = 1; ; attempt++) {
    const phone = await newPhone(attempt);
    esl.note(
      `REGISTER ${phone.user} (Expires ${phone.expires}) from 127.0.0.1:${phone.localPort}, attempt ${attempt}`,
    );
    const registered = await registerWatching(context, phone, 'register');
    if (!lists(registered.atEvent, phone.callId) || attempt === ATTEMPTS) {
      output('show_registrations_as_json_at_register_event.json', registered.atEvent);
      output('show_registrations_as_json_after_200_ok.json', registered.afterAnswer);
      write(`sipp-${format}/register-${phone.user}.messages.log`, registered.messages);
      return phone;
    }
    esl.note('sofia had written the row before its event arrived: unregister, then again with a new Call-ID');
    await sippRegister(esl, { ...phone, expires: 0 });
    await pollRegistrations(esl, 'unlisted', (answer) => !lists(answer, phone.callId));
  }
}
