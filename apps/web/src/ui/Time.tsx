/** A moment from the server (ISO) as text in the reader's time zone and language. */
export const localTime = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function Time({ at }: { at: string }) {
  return <time dateTime={at}>{localTime(at)}</time>;
}
