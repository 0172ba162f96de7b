import type { ConferenceState, Member, Recording } from '../model/live-state';
import { memberId, memberName } from '../translate/member-name';
import type { TranslationContext } from '../translate/translation-context';
import { arrayOf, isObject, parseJson, text, type JsonObject, type SnapshotResult } from './snapshot-json';

const COMMAND = 'conference json_list';

/**
 * The conferences of a `conference json_list` answer, oldest first (FreeSWITCH lists the newest
 * conference and the newest member first). The floor is the caller with `has_floor`, `lastjoin` the
 * newest caller, `lastleave` unknown (null); recording comes from the `recording_node` member.
 * Entries of an unexpected shape are skipped with a warning. Throws LiveSnapshotError when the answer
 * is not JSON.
 */
export function parseConferenceList(
  body: string,
  context: TranslationContext,
): SnapshotResult<ConferenceState[]> {
  const json = parseJson(body, COMMAND);
  const warnings: string[] = [];
  if (!Array.isArray(json)) {
    warnings.push(`${COMMAND} did not answer with an array`);
    return { value: [], warnings };
  }
  const conferences = json.flatMap((entry, index) => {
    const name = isObject(entry) ? text(entry.conference_name) : undefined;
    if (!isObject(entry) || name === undefined) {
      warnings.push(`conference entry ${index} has no conference_name; skipped`);
      return [];
    }
    return [toConference(entry, name, context, warnings)];
  });
  return { value: conferences.reverse(), warnings };
}

function toConference(
  entry: JsonObject,
  name: string,
  context: TranslationContext,
  warnings: string[],
): ConferenceState {
  const newestFirst: Member[] = [];
  let floor: Member | null = null;
  let recording: Recording | undefined;
  for (const [index, item] of arrayOf(entry.members).entries()) {
    const type = isObject(item) ? item.type : undefined;
    if (isObject(item) && type === 'caller') {
      const member = toMember(item, context);
      if (!member) {
        warnings.push(`conference ${name}: caller ${index} has no id; skipped`);
        continue;
      }
      newestFirst.push(member);
      if (isObject(item.flags) && item.flags.has_floor === true) floor = member;
    } else if (isObject(item) && type === 'recording_node') {
      recording ??= toRecording(item);
    } else {
      warnings.push(`conference ${name}: member ${index} is neither a caller nor a recording node; skipped`);
    }
  }
  const members = newestFirst.reverse();
  return {
    name,
    recording: recording ?? { status: 'norec' },
    locked: entry.locked === true,
    floor,
    lastjoin: members.at(-1) ?? null,
    lastleave: null,
    memcount: members.length,
    members,
  };
}

function toMember(item: JsonObject, context: TranslationContext): Member | undefined {
  const confid = text(item.id);
  if (confid === undefined || confid === '') return undefined;
  const number = text(item.caller_id_number) ?? '';
  const id = memberId(undefined, number);
  const flags = isObject(item.flags) ? item.flags : undefined;
  return {
    name: memberName(text(item.caller_id_name) ?? '', number, id, context),
    id,
    confid,
    mute: flags?.can_speak === false,
    // a muted member is not heard, though FreeSWITCH still detects its voice
    talking: flags?.talking === true && flags.can_speak !== false,
    deaf: flags?.can_hear === false,
    volume_in: volumeStep(item.volume_in),
    volume_out: volumeStep(item.volume_out),
    energy:
      typeof item.energy === 'number' && Number.isInteger(item.energy) && item.energy > 0 ? item.energy : 0,
  };
}

/** FreeSWITCH keeps volumes within −4…4; anything else is taken as unchanged. */
function volumeStep(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 4 ? value : 0;
}

/** A recording node without a path is taken as no recording: there is no file to show or to pause. */
function toRecording(item: JsonObject): Recording | undefined {
  const file = text(item.record_path);
  if (file === undefined || file === '') return undefined;
  return { status: item.status === 'paused' ? 'paused' : 'running', file };
}
