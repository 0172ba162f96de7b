import type { ReadinessResponse } from '@fscon/contracts';

const POLL_MS = 100;

/** Resolves once the connector's /readyz says ready; rejects with its reasons after `timeoutMs`. */
export async function untilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = (await (await fetch(`${url}/readyz`)).json()) as ReadinessResponse;
    if (answer.ready) return;
    if (Date.now() > deadline) {
      throw new Error(`the connector is not ready after ${timeoutMs} ms: ${answer.reasons.join('; ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
