import { readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The files an `include` pattern names, like glob(3) with GLOB_ERR in the C locale: `*`, `?` and `[...]`
 * never match `/` or a leading dot, results are sorted bytewise, an unreadable directory aborts the
 * whole match, and only regular files are returned (a directory would preprocess to nothing anyway).
 */
export function includeFiles(cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/') || pattern.includes('://') ? pattern : `${cwd}/${pattern}`;
  const segments = absolute.split('/').filter((segment, i) => i === 0 || segment !== '');
  let paths = [segments[0] === '' ? '/' : segments[0]];
  try {
    for (const segment of segments.slice(1)) {
      paths = paths.flatMap((dir) => expand(dir, segment));
    }
  } catch {
    return [];
  }
  return paths.filter(isFile).sort(compareBytes);
}

function expand(dir: string, segment: string): string[] {
  if (!/[*?[\\]/.test(segment)) return [posix.join(dir, segment)];
  const matcher = toRegExp(segment);
  return readdirSync(dir)
    .filter((name) => matcher.test(name) && (!name.startsWith('.') || segment.startsWith('.')))
    .map((name) => posix.join(dir, name));
}

function toRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '\\' && i + 1 < segment.length) source += escape(segment[++i]);
    else if (c === '[' && segment.indexOf(']', i + 2) > 0) {
      const close = segment.indexOf(']', i + 2);
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else source += escape(c);
  }
  return new RegExp(`^${source}$`, 's');
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
