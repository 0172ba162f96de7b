/** What a snapshot parser made of FreeSWITCH's answer, and what it had to skip on the way. */
export interface SnapshotResult<T> {
  value: T;
  warnings: string[];
}

/** FreeSWITCH's answer to a listing command is not JSON at all (an `-ERR ...` line, a cut body). */
export class LiveSnapshotError extends Error {
  readonly code = 'LIVE_STATE.MALFORMED_SNAPSHOT';
  override readonly name = 'LiveSnapshotError';

  constructor(
    readonly command: string,
    readonly reason: string,
  ) {
    super(`the answer to ${command} is not JSON: ${reason}`);
  }
}

export type JsonObject = { readonly [key: string]: unknown };

export function parseJson(body: string, command: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new LiveSnapshotError(command, error instanceof Error ? error.message : String(error));
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, or a number written as one; undefined for anything else. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function arrayOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
