import { FsEvent } from '../events/fs-event';

/**
 * The `filter` command of mod_event_socket: header/value pairs an event must match to be sent.
 * A value may start with `+`/`-` (keep/drop on match) and may be a `/regex/`.
 */
export class EventFilters {
  private filters: Array<[string, string]> = [];

  /** The reply to `filter <args>` (args as on the command line after `filter `). */
  command(args: string): string {
    let [name, value] = splitFirst(args.replace(/^ +/, ''));
    if (name.toLowerCase() === 'delete' && value !== undefined) {
      [name, value] = splitFirst(value);
      if (name.toLowerCase() === 'all') {
        this.filters = [];
      } else {
        this.filters = this.filters.filter(
          ([n, v]) =>
            n.toLowerCase() !== name.toLowerCase() || (value !== undefined && value !== '' && v !== value),
        );
      }
      return `+OK filter deleted. [${name}][${value ?? ''}]`;
    }
    if (value === undefined) return '-ERR invalid syntax';
    if (name.toLowerCase() === 'add') [name, value] = splitFirst(value);
    if (value === '') {
      this.filters = this.filters.filter(([n]) => n.toLowerCase() !== name.toLowerCase());
    } else if (value !== undefined) {
      this.filters.push([name, value]);
    }
    return `+OK filter added. [${name}]=[${value ?? '(null)'}]`;
  }

  /** event_handler's filter pass: with filters set, an event is sent only when one lets it through. */
  allows(event: FsEvent): boolean {
    if (this.filters.length === 0) return true;
    let send = false;
    for (const [name, value] of this.filters) {
      const actual = event.getHeader(name);
      if (actual === undefined) continue;
      const { keep, pattern } = parseFilterValue(value);
      if (send && keep) continue;
      const matched = value.startsWith('/')
        ? regexMatches(actual, pattern)
        : actual.toLowerCase() === pattern.toLowerCase();
      if (matched && keep) send = true;
      if (matched && !keep) return false;
    }
    return send;
  }
}

function splitFirst(text: string): [string, string | undefined] {
  const space = text.indexOf(' ');
  return space < 0 ? [text, undefined] : [text.slice(0, space), text.slice(space + 1)];
}

function parseFilterValue(value: string): { keep: boolean; pattern: string } {
  let keep = true;
  let i = 0;
  for (; i < value.length; i++) {
    if (value[i] === '+') keep = true;
    else if (value[i] === '-') keep = false;
    else if (value[i] !== ' ') break;
  }
  return { keep, pattern: value.slice(i) };
}

/** switch_regex: `/body/flags` or a bare expression. */
function regexMatches(subject: string, expression: string): boolean {
  const close = expression.lastIndexOf('/');
  const delimited = expression.startsWith('/') && close > 0;
  const body = delimited ? expression.slice(1, close) : expression;
  const flags = delimited && expression.slice(close + 1).includes('i') ? 'i' : '';
  try {
    return new RegExp(body, flags).test(subject);
  } catch {
    return false;
  }
}
