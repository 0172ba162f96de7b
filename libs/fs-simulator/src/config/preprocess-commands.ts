import { asciiLower } from './binary';

export interface PreprocessCommand {
  cmd: string;
  data: string;
}

/**
 * The `<X-PRE-PROCESS cmd="..." data="..."/>` on a line, found the way switch_xml.c searches for it.
 * null: the line has none. false: the line mentions X-PRE-PROCESS, so it is dropped, but names no command.
 */
export function preProcessCommand(line: string): PreprocessCommand | false | null {
  const at = line.search(/X-pre-process/i);
  if (at < 0) return null;
  if (at === 0 || line[at - 1] !== '<') return false;
  let tag = line.slice(at);
  const selfClose = tag.indexOf('/>');
  if (selfClose >= 0) tag = tag.slice(0, selfClose + 2);
  const cmd = quotedAfter(tag, 'cmd');
  if (!cmd || cmd.end < 0) return false;
  const data = quotedAfter(tag.slice(cmd.end + 1), 'data');
  if (!data) return false;
  return { cmd: cmd.value, data: data.value };
}

/** `<!--#cmd arg-->` or `<!--#cmd "arg"-->`: the text after `<!--#` up to the end of the comment. */
export function directiveArgument(text: string): PreprocessCommand | undefined {
  const lineEnd = text.includes('\r') ? text.indexOf('\r') : text.indexOf('\n');
  const directive = lineEnd >= 0 ? text.slice(0, lineEnd) : text;
  const space = directive.indexOf(' ');
  if (space < 0) return undefined;
  let data = directive.slice(space + 1);
  const open = data.indexOf('"');
  const close = open >= 0 ? data.indexOf('"', open + 1) : -1;
  if (close >= 0) data = data.slice(open + 1, close);
  return { cmd: directive.slice(0, space), data };
}

/** `keyword`, then `=`, then `"`: the text up to the next `"` (or to the end when there is none). */
function quotedAfter(text: string, keyword: string): { value: string; end: number } | undefined {
  const key = indexOfIgnoreCase(text, keyword, 0);
  const eq = key < 0 ? -1 : text.indexOf('=', key);
  const quote = eq < 0 ? -1 : text.indexOf('"', eq);
  if (quote < 0) return undefined;
  const end = text.indexOf('"', quote + 1);
  return { value: text.slice(quote + 1, end < 0 ? undefined : end), end };
}

function indexOfIgnoreCase(text: string, needle: string, from: number): number {
  return asciiLower(text).indexOf(asciiLower(needle), from);
}
