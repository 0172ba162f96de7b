import { isContext, type Context } from '@fscon/contracts';
import type { JsonValue } from '@fscon/journal';

/** What the journal's newest `xmlstate.rebuilt` said about the configuration; empty before the first. */
export interface Configured {
  /** The configured conferences by FreeSWITCH name. */
  readonly conferences: Readonly<Record<string, { readonly num: string; readonly context: Context }>>;
  /** The directory's user ids, when the entry lists them. */
  readonly users: readonly string[] | null;
}

export const NOTHING_CONFIGURED: Configured = { conferences: {}, users: null };

type JsonObject = { readonly [key: string]: JsonValue };

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Reads an `xmlstate.rebuilt` payload: `{conferences: [{name, num, context}], users?: [id | {id}]}`. */
export function configuredFrom(payload: JsonValue): Configured {
  if (!isObject(payload)) return NOTHING_CONFIGURED;
  const conferences: Record<string, { num: string; context: Context }> = {};
  for (const item of Array.isArray(payload.conferences) ? payload.conferences : []) {
    if (!isObject(item)) continue;
    const name = text(item.name);
    const context = text(item.context);
    if (name === undefined || context === undefined || !isContext(context)) continue;
    conferences[name] = { num: text(item.num) ?? '', context };
  }
  const users = Array.isArray(payload.users)
    ? payload.users.flatMap((user) => text(isObject(user) ? user.id : user) ?? [])
    : null;
  return { conferences, users };
}
