/** One field that differs between an audit entry's before and after; absent on a side that lacks it. */
export interface FieldChange {
  /** The field's name; empty when the value as a whole changed (it is no object). */
  field: string;
  before?: string;
  after?: string;
}

type Fields = Readonly<Record<string, unknown>>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function change(field: string, before: unknown, after: unknown): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [
    {
      field,
      ...(before === undefined || before === null ? {} : { before: show(before) }),
      ...(after === undefined || after === null ? {} : { after: show(after) }),
    },
  ];
}

/**
 * What a write changed: field by field when either side is an object (a created object lists all its
 * fields as new, a deleted one all as gone), else the value as a whole; unchanged fields are left out.
 */
export function diffEntry(before: unknown, after: unknown): FieldChange[] {
  if (!isFields(before) && !isFields(after)) return change('', before, after);
  const was = isFields(before) ? before : {};
  const is = isFields(after) ? after : {};
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return fields.flatMap((field) => change(field, was[field], is[field]));
}

/** A change in a line: `email: a@x → b@x`, with `(none)` for the side that lacks it. */
export function changeText({ field, before, after }: FieldChange): string {
  const values = `${before ?? '(none)'} → ${after ?? '(none)'}`;
  return field === '' ? values : `${field}: ${values}`;
}
