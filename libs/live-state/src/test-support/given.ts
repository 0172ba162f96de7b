import { evolveAll } from '../evolve/evolve';
import type { LiveEvent } from '../model/live-event';
import { EMPTY_LIVE_STATE, type LiveState } from '../model/live-state';

/** The state those events build from nothing. */
export function given(...events: LiveEvent[]): LiveState {
  return evolveAll(EMPTY_LIVE_STATE, events);
}
