/**
 * The failure FreeSWITCH reports in a command's answer, or undefined when it did what it was asked.
 * mod_conference answers some failures after a `+OK` line (`recording pause` of an unknown file
 * gives `+OK Pause recording file F` and then `-ERR non-existant recording 'F'`), so every line counts.
 */
export function freeswitchFailure(reply: string): string | undefined {
  return reply
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith('-ERR') || line.startsWith('-USAGE'));
}
