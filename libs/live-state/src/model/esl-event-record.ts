/**
 * One Event Socket event as FreeSWITCH sent it: header names as sent, values already URL-decoded
 * (plain) or taken as they are (json), and the event's own body if it has one. A header FreeSWITCH
 * repeats (floor-change repeats the Conference-* headers) holds its last value.
 */
export interface EslEventRecord {
  name: string;
  subclass?: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
}
