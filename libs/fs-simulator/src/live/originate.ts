import { randomUUID } from 'node:crypto';
import { ControlError, joinConference } from './calls';
import { findDirectoryUser } from './directory-lookup';
import { LiveSwitch } from './live-switch';

/** `originate {vars}user/<id>@<domain> <number> XML <context>`, as the connector's invitations send it. */
const USER_ORIGINATE = /^(?:\{([^}]*)\})?user\/([^@\s]+)@(\S*) (\S+) XML (\S+)$/;

/**
 * mod_commands' `originate` of a directory user into the dialplan, as the real switch answers it: a user
 * not in the directory `-ERR SUBSCRIBER_ABSENT`, one without a registration `-ERR USER_NOT_REGISTERED`;
 * a registered user's phone answers at once and the call joins the conference the number leads to from
 * the context given, its member named by origination_callee_id_name/number (a number that leads to no
 * conference: answered all the same, and nobody joins). Other endpoints (a gateway)
 * reach nobody here: `-ERR NORMAL_TEMPORARY_FAILURE`.
 */
export function originate(live: LiveSwitch, arg: string): string {
  const call = USER_ORIGINATE.exec(arg.trim());
  if (!call) return '-ERR NORMAL_TEMPORARY_FAILURE\n';
  const [, variableList = '', id = '', , number = '', context = ''] = call;
  if (!findDirectoryUser(live.context.xml, id)) return '-ERR SUBSCRIBER_ABSENT\n';
  if (!live.registrations.all().some((registration) => registration.user === id)) {
    return '-ERR USER_NOT_REGISTERED\n';
  }
  const variables = channelVariables(variableList);
  const shown = {
    name: variables.get('origination_callee_id_name') ?? id,
    number: variables.get('origination_callee_id_number') ?? id,
  };
  try {
    const { member } = joinConference(live, { number, user: id, via: 'sip', context }, shown);
    return `+OK ${member.channel.uuid}\n`;
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    // answered, then hung up for want of a route: originate had already reported the answer
    return `+OK ${randomUUID()}\n`;
  }
}

function channelVariables(list: string): Map<string, string> {
  return new Map(
    list
      .split(',')
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
  );
}
