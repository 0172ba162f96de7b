/**
 * Recording files are written as `<conference name>-<ISO time>.wav`, the time either as ISO 8601
 * (`2026-11-27T17:12:05.123Z`, `...+01:00`) or with `:` and `.` replaced by `-` so the name is safe on
 * every file system (`2026-11-27T17-12-18-115Z`), optionally followed by `-<label>` (`-plain`, `-json`).
 */
const RECORDING_NAME = new RegExp(
  [
    '^(?<conference>.+)-',
    String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`,
    String.raw`T(?:[01]\d|2[0-3])[:-][0-5]\d[:-](?:[0-5]\d|60)`,
    String.raw`(?:[.,-]\d{1,9})?`,
    String.raw`(?:Z|[+-](?:[01]\d|2[0-3])(?:[:-]?[0-5]\d)?)`,
    String.raw`(?:-[A-Za-z]\w*)?`,
    String.raw`\.wav$`,
  ].join(''),
);

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Why `file` cannot be a recording file name, or undefined when it is a plain `.wav` name inside the
 * recordings folder. Separators, `..` and control characters are refused outright, so no name can
 * reach outside the folder.
 */
export function recordingNameProblem(file: string): string | undefined {
  const shown = JSON.stringify(file);
  if (file === '') return 'file name is empty';
  if (file.includes('/') || file.includes('\\')) return `file name ${shown} must not contain / or \\`;
  if (file.includes('..')) return `file name ${shown} must not contain ..`;
  if (CONTROL_CHARACTERS.test(file)) return `file name ${shown} must not contain control characters`;
  if (file.startsWith('.')) return `file name ${shown} must not start with .`;
  if (!file.endsWith('.wav')) return `file name ${shown} is not a .wav recording`;
  return undefined;
}

/** The name of the conference a recording belongs to, or undefined when the name does not fit the pattern. */
export function conferenceOfRecording(file: string): string | undefined {
  if (recordingNameProblem(file) !== undefined) return undefined;
  return RECORDING_NAME.exec(file)?.groups?.conference;
}
