/** switch_core_measure_time as FreeSWITCH words it: `0 years, 0 days, 0 hours, 1 minute, 15 seconds, ...`. */
export function describeUptime(micros: number): string {
  const parts: Array<[number, string]> = [];
  let rest = Math.floor(micros / 1000);
  const mms = Math.floor(micros % 1000);
  const ms = rest % 1000;
  rest = Math.floor(rest / 1000);
  const sec = rest % 60;
  rest = Math.floor(rest / 60);
  const min = rest % 60;
  rest = Math.floor(rest / 60);
  const hr = rest % 24;
  rest = Math.floor(rest / 24);
  parts.push(
    [Math.floor(rest / 365), 'year'],
    [rest % 365, 'day'],
    [hr, 'hour'],
    [min, 'minute'],
    [sec, 'second'],
    [ms, 'millisecond'],
    [mms, 'microsecond'],
  );
  return parts.map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`).join(', ');
}
