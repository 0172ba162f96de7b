import type { Conference } from '@fscon/contracts';
import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { eventually } from '../../support/system';

export interface LoopbackCaller {
  number: string;
  name: string;
}

/** A member of a running conference as `conference <name> json_list` shows it. */
export interface ListedMember {
  caller_id_number: string;
  caller_id_name: string;
}

/**
 * Dials `num` in the dialplan context `context` through a loopback channel, as a phone of that
 * context would: the loopback B-leg runs the dialplan and becomes the conference member.
 */
export async function dialThroughLoopback(
  freeswitch: RealFreeswitch,
  num: string,
  context: string,
  caller: LoopbackCaller,
): Promise<void> {
  const variables = `origination_caller_id_number=${caller.number},origination_caller_id_name=${caller.name}`;
  const answer = await freeswitch.api(`bgapi originate {${variables}}loopback/${num}/${context} &park()`);
  if (!answer.startsWith('+OK')) throw new Error(`originate was refused: ${answer}`);
}

/** The members of a running conference; none when FreeSWITCH runs no conference of that name. */
export async function conferenceMembers(freeswitch: RealFreeswitch, name: string): Promise<ListedMember[]> {
  const answer = await freeswitch.api(`conference ${name} json_list`);
  if (!answer.trimStart().startsWith('[')) return [];
  const conferences = JSON.parse(answer) as Array<{ conference_name: string; members: ListedMember[] }>;
  return conferences.find((conference) => conference.conference_name === name)?.members ?? [];
}

/**
 * Dials the conference from its own context, expects FreeSWITCH to list the caller as a member, then
 * hangs the conference up and waits until it has no member left.
 */
export async function expectToJoinThroughLoopback(
  freeswitch: RealFreeswitch,
  { num, name, context }: Pick<Conference, 'num' | 'name' | 'context'>,
  number: string,
): Promise<void> {
  const caller = { number, name: `caller${number}` };
  await dialThroughLoopback(freeswitch, num, context, caller);
  await eventually(async () =>
    expect(await conferenceMembers(freeswitch, name)).toContainEqual(
      expect.objectContaining({ caller_id_number: caller.number, caller_id_name: caller.name }),
    ),
  );
  await freeswitch.api(`conference ${name} hup all`);
  await eventually(async () => expect(await conferenceMembers(freeswitch, name)).toEqual([]));
}
