const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whole seconds as people read a call's length: `45 s`, `3 min 05 s`, `2 h 03 min`; `null` (not ended
 * yet) as `ongoing`.
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return 'ongoing';
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours} h ${pad(minutes)} min`;
  if (minutes > 0) return `${minutes} min ${pad(rest)} s`;
  return `${rest} s`;
}

/** Talk time: tenths under a minute (`0.8 s`, `12.4 s`), else as `formatDuration` (`3 min 05 s`). */
export function formatTalkTime(seconds: number): string {
  return seconds < 60 ? `${seconds.toFixed(1)} s` : formatDuration(Math.round(seconds));
}
