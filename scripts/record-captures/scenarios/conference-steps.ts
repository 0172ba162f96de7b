import type { EslRecorder, EventMatch } from '../esl-recorder';

export interface LoopbackCaller {
  number: string;
  name: string;
  /** conf_flags of the member, e.g. `moderator|mute-detect|mute`. */
  flags: string;
}

export interface JoinedMember {
  id: string;
  /** The member channel: the loopback B-leg. */
  uuid: string;
}

/** A conference::maintenance event of that Action (and, when given, of that member). */
export const conferenceAction =
  (action: string, memberId?: string): EventMatch =>
  (headers) =>
    headers['Event-Subclass'] === 'conference::maintenance' &&
    headers['Action'] === action &&
    (memberId === undefined || headers['Member-ID'] === memberId);

/**
 * Puts a loopback caller into the conference the way the connector's tests do: the B-leg runs the
 * dialplan of `context` and becomes the member. Resolves once its add-member has arrived.
 */
export async function joinThroughLoopback(
  esl: EslRecorder,
  caller: LoopbackCaller,
  dial = '30000/team',
): Promise<JoinedMember> {
  const from = esl.mark;
  const variables = `origination_caller_id_number=${caller.number},origination_caller_id_name=${caller.name},conf_flags=${caller.flags}`;
  await esl.bgapi(`originate {${variables}}loopback/${dial} &park()`);
  const added = await esl.untilEvent(
    (h) => conferenceAction('add-member')(h) && h['Caller-Caller-ID-Number'] === caller.number,
    from,
  );
  return { id: added.headers['Member-ID']!, uuid: added.headers['Unique-ID']! };
}

/** `kick all`; resolves once the conference is destroyed. */
export async function endConference(esl: EslRecorder, conference: string): Promise<void> {
  const from = esl.mark;
  await esl.bgapi(`conference ${conference} kick all`);
  await esl.untilEvent(conferenceAction('conference-destroy'), from);
}
