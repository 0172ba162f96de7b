import { posix } from 'node:path';

/** What the rules look at of one tarball entry. */
export interface TarEntryInfo {
  path: string;
  type: string;
  linkpath?: string;
}

const ALLOWED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);

function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}

function isAbsolute(path: string): boolean {
  return /^([\\/]|[A-Za-z]:)/.test(path);
}

/**
 * Why an entry must not be restored, or undefined when it may. Refused: absolute paths, `..`
 * anywhere in a path, devices and other special files, hard links that name anything outside the
 * archive, and symbolic links that could lead outside the restored folder. A symbolic link may climb
 * with leading `..` only, and only as far as the folder itself; after that it can only descend, so
 * it cannot climb out through another link.
 */
export function tarEntryProblem(entry: TarEntryInfo): string | undefined {
  const where = JSON.stringify(entry.path);
  if (isAbsolute(entry.path)) return `${where} is an absolute path`;
  if (segments(entry.path).includes('..')) return `${where} climbs out with ..`;
  if (!ALLOWED_TYPES.has(entry.type)) return `${where} is a ${entry.type}, not a file, folder or link`;
  const target = entry.linkpath ?? '';
  if (entry.type === 'Link' && (isAbsolute(target) || segments(target).includes('..'))) {
    return `${where} is a hard link to ${JSON.stringify(target)}, outside the archive`;
  }
  if (entry.type === 'SymbolicLink' && !symlinkStaysInside(entry.path, target)) {
    return `${where} is a link to ${JSON.stringify(target)}, outside the folder`;
  }
  return undefined;
}

function symlinkStaysInside(path: string, target: string): boolean {
  if (target === '' || isAbsolute(target)) return false;
  const parts = segments(target);
  const climb = parts.findIndex((part) => part !== '..');
  const rest = climb < 0 ? [] : parts.slice(climb);
  if (rest.includes('..')) return false;
  const resolved = posix.normalize(posix.join(posix.dirname(segments(path).join('/') || '.'), ...parts));
  return resolved !== '..' && !resolved.startsWith('../');
}
