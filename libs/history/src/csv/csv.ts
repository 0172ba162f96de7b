/** A cell a spreadsheet would take for a formula: it starts with `=`, `+`, `-` or `@`. */
const FORMULA_START = /^[=+\-@]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled. A text
 * that starts like a formula gets a leading `'`, so spreadsheets show it instead of running it;
 * numbers are written as they are.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: the header row, then one row per record, lines ended by CRLF. */
export function toCsv<T>(
  columns: readonly (readonly [header: string, cell: (record: T) => string | number | null])[],
  records: Iterable<T>,
): string {
  const lines = [columns.map(([header]) => csvCell(header)).join(',')];
  for (const record of records) lines.push(columns.map(([, cell]) => csvCell(cell(record))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
