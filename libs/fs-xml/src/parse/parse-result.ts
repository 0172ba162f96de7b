/** What a parser made of FreeSWITCH's answer, and what it had to skip or fill in on the way. */
export interface ParseResult<T> {
  value: T;
  warnings: string[];
}
