import type { Context, User } from '@fscon/contracts';
import { LiveControlError } from '../live-control.errors';

/** Who is called: a directory user (every registration of it), or an address through the invite gateway. */
export type InviteTarget = { kind: 'user'; user: User } | { kind: 'address'; address: string };

export interface InviteTargetRules {
  /** The context of the user who invites. */
  inviter: Context;
  /** The contexts whose users may join the conference. */
  audience: readonly Context[];
  users: readonly User[];
  /** Whether INVITE_GATEWAY names a gateway. */
  gateway: boolean;
}

/** `sip:user@host[:port]`: a user part of unreserved characters, a host name or IPv4 address. */
const SIP_ADDRESS =
  /^sips?:([A-Za-z0-9._~+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*)(?::(\d{1,5}))?$/;
/** A number as a gateway takes it: digits, perhaps after a `+`. */
const NUMBER = /^\+?\d{1,20}$/;
/** The contexts that may call addresses outside the directory. */
const ADDRESS_CONTEXTS: readonly Context[] = ['team'];

function invalid(message: string): LiveControlError {
  return new LiveControlError('LIVE.INVALID', message);
}

/**
 * The target of an invitation, or why it is refused before anything reaches FreeSWITCH: a directory
 * user whose context may join the conference; for team users also a SIP address or a number that is no
 * user's id, when a gateway is configured.
 */
export function inviteTarget(target: string, rules: InviteTargetRules): InviteTarget {
  const user = rules.users.find((candidate) => candidate.id === target);
  if (user) {
    if (!rules.audience.includes(user.context)) {
      throw invalid(`users of context ${user.context} may not join this conference`);
    }
    return { kind: 'user', user };
  }
  const address = gatewayAddress(target);
  if (address === undefined) {
    throw invalid(`${JSON.stringify(target)} is no user, SIP address or number`);
  }
  if (!ADDRESS_CONTEXTS.includes(rules.inviter)) {
    throw new LiveControlError(
      'LIVE.FORBIDDEN',
      `users of context ${rules.inviter} may invite directory users only`,
    );
  }
  if (!rules.gateway) throw invalid('no gateway for SIP addresses and numbers (INVITE_GATEWAY)');
  return { kind: 'address', address };
}

/** What follows `sofia/gateway/invite/`: `user@host[:port]` of a SIP address, or the number. */
function gatewayAddress(target: string): string | undefined {
  if (NUMBER.test(target)) return target;
  const sip = SIP_ADDRESS.exec(target);
  if (!sip) return undefined;
  const [, user, host, port] = sip;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return port === undefined ? `${user}@${host}` : `${user}@${host}:${port}`;
}
