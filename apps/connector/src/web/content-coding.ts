/** The encodings the web client is precompressed in, most preferred first, with their file suffixes. */
export const PRECOMPRESSED = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
export type Precompressed = (typeof PRECOMPRESSED)[number];

/** The q-value of every coding an Accept-Encoding header names (RFC 9110 §12.5.3), `*` included. */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => /^q\s*=/.test(parameter));
    const value = q === undefined ? 1 : Number(q.slice(q.indexOf('=') + 1));
    result.set(
      name === 'x-gzip' ? 'gzip' : name,
      Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0,
    );
  }
  return result;
}

/**
 * Which of the available precompressed copies to send, or undefined for the file as it is: the
 * coding with the highest q-value above 0, Brotli before gzip when they tie, and the file itself
 * when identity is wanted more. No header means identity.
 */
export function chooseCoding(
  acceptEncoding: string | undefined,
  available: readonly Precompressed[],
): Precompressed | undefined {
  if (acceptEncoding === undefined) return undefined;
  const q = qualities(acceptEncoding);
  const star = q.get('*');
  const qualityOf = (coding: string) => q.get(coding) ?? star ?? 0;
  // Identity, unless named, counts as the least wanted of the codings named (as the negotiator package does).
  const identity = q.get('identity') ?? star ?? Math.min(...q.values());
  let best: Precompressed | undefined;
  for (const candidate of available) {
    const quality = qualityOf(candidate.coding);
    if (quality > 0 && (best === undefined || quality > qualityOf(best.coding))) best = candidate;
  }
  return best !== undefined && qualityOf(best.coding) >= identity ? best : undefined;
}
