import { randomUUID } from 'node:crypto';
import { CallVia, Channel, channelCodecs } from './channel';
import { ConferenceRoute } from './dialplan-lookup';
import { DirectoryUser } from './directory-lookup';

/** Who joins: a directory user id, or a caller given explicitly (flags = conf_flags). */
export type CallerSpec = string | { id: string; name?: string; flags?: string };

export interface ResolvedCaller {
  id: string;
  name: string;
  number: string;
  confFlags: string | undefined;
  context: string;
}

/** The caller id and conf_flags of a caller: explicit values first, then the directory user's variables. */
export function resolveCaller(
  spec: CallerSpec,
  user: DirectoryUser | undefined,
  context?: string,
): ResolvedCaller {
  const explicit = typeof spec === 'string' ? { id: spec } : spec;
  const variables = user?.variables ?? new Map<string, string>();
  return {
    id: explicit.id,
    name: explicit.name ?? variables.get('effective_caller_id_name') ?? explicit.id,
    number: variables.get('effective_caller_id_number') ?? explicit.id,
    confFlags: explicit.flags ?? variables.get('conf_flags'),
    context: context ?? variables.get('user_context') ?? user?.group ?? 'public',
  };
}

/**
 * The member channel of a call to `number`: the loopback B-leg `loopback/<number>-b` of an originate into
 * the caller's context, or the SIP channel of the user's phone (caller id from its From header).
 */
export function memberChannel(
  caller: ResolvedCaller,
  number: string,
  route: ConferenceRoute,
  via: CallVia,
  domain: string,
  nowMicros: number,
): Channel {
  const uuid = randomUUID();
  const transferred = route.transfers.length > 0;
  const sip = via === 'sip';
  return {
    uuid,
    name: sip ? `sofia/internal/${caller.id}@${domain}` : `loopback/${number}-b`,
    via,
    callerIdName: sip ? caller.id : caller.name,
    callerIdNumber: sip ? caller.id : caller.number,
    username: sip ? caller.id : undefined,
    networkAddr: sip ? '127.0.0.1' : undefined,
    originContext: caller.context,
    context: route.context,
    destination: number,
    transferSource: transferred
      ? `${Math.floor(nowMicros / 1_000_000)}:${randomUUID()}:bl_xfer:${number}/${route.context}/XML`
      : undefined,
    createdMicros: nowMicros,
    answeredMicros: nowMicros,
    ...channelCodecs(via),
  };
}
