/**
 * Runs a full garbage collection in this process, the benchmark's own. A benchmark that keeps clients or a
 * simulator here calls it between measurements so that the harness's own major collections (tens of
 * milliseconds with these clients) do not fall into a measurement and get counted as the server's latency.
 */
export function collectHarnessGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run the benchmarks with node --expose-gc, as npm run bench does');
  gc();
}
