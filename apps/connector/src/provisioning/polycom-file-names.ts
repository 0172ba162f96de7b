import { DomainError } from '../common/domain-error';

/** The Polycom UC Software folder below the static folder. */
export const UCS_FOLDER = 'polycom/ucs';

const UCS_EXTENSIONS = ['.ld', '.jpg', '.wav', '.ver'];
const MAX_NAME_LENGTH = 255;

/** The name if it is a plain file name: no separator, no `..`, no control character, no leading dot. */
export function plainFileName(name: string): string {
  const plain =
    name.length > 0 &&
    name.length <= MAX_NAME_LENGTH &&
    !name.startsWith('.') &&
    !name.includes('..') &&
    !/[/\\]/.test(name) &&
    ![...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
  if (!plain) {
    throw new DomainError(
      'PROVISIONING_FILE.INVALID',
      `not a plain file name: ${JSON.stringify(name.slice(0, 64))}`,
    );
  }
  return name;
}

/** Files of the UC Software itself (application images, version file, pictures, ring tones). */
export function isUcsFile(name: string): boolean {
  const lower = name.toLowerCase();
  return UCS_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Application logs: each upload carries what was logged since the last one, so it is appended. */
export function isAppendedLog(name: string): boolean {
  return name.endsWith('-app.log');
}
