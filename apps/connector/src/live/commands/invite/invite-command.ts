import type { InviteTarget } from './invite-target';

/** The SIP profile's gateway that carries invitations to addresses outside the directory. */
export const INVITE_GATEWAY = 'invite';

export interface InviteCall {
  target: InviteTarget;
  /** The conference as its callers dial it. */
  conference: { name: string; num: string };
  /** The SIP domain of the directory (the `domain` global). */
  domain: string;
  ringSeconds: number;
}

/** A channel variable's value FreeSWITCH takes inside `{…}` as it is. */
const PLAIN_VALUE = /^[A-Za-z0-9_.@+-]+$/;

/**
 * The `originate` that rings the target and, once answered, sends the call into the dialplan to the
 * conference's number, as if the target had dialled it: a directory user in its own context (so its
 * conf_flags and the context rules apply), an address through the gateway in context team. The phone
 * shows the conference as the caller; the member gets the target's name and number.
 */
export function inviteOriginate(call: InviteCall): string {
  const { target, conference } = call;
  const callee =
    target.kind === 'user'
      ? {
          name: PLAIN_VALUE.test(target.user.name) ? target.user.name : target.user.id,
          number: target.user.id,
        }
      : { name: target.address, number: target.address.split('@')[0] ?? target.address };
  const variables = [
    `originate_timeout=${call.ringSeconds}`,
    `origination_caller_id_name=${conference.name}`,
    `origination_caller_id_number=${conference.num}`,
    `origination_callee_id_name=${callee.name}`,
    `origination_callee_id_number=${callee.number}`,
  ];
  const [endpoint, context] =
    target.kind === 'user'
      ? [`user/${target.user.id}@${call.domain}`, target.user.context]
      : [`sofia/gateway/${INVITE_GATEWAY}/${target.address}`, 'team'];
  return `originate {${variables.join(',')}}${endpoint} ${conference.num} XML ${context}`;
}

/**
 * The hangup cause in originate's answer (`-ERR USER_BUSY`), undefined when the call was answered
 * (`+OK <uuid>`); another answer is returned whole.
 */
export function inviteFailure(reply: string): string | undefined {
  const answer = reply.trim();
  if (answer.startsWith('+OK')) return undefined;
  const cause = /^-ERR ([A-Z_]+)$/.exec(answer);
  return cause ? cause[1] : answer;
}
