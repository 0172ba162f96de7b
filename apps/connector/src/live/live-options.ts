import type { AppConfig } from '../config/app-config';
import type { FrameLogCapacity } from './fanout/frame-log';

/** Injection token of the LiveOptions. */
export const LIVE_OPTIONS = Symbol('LIVE_OPTIONS');

export interface LiveOptions {
  /** How often every socket is pinged; one that did not answer the previous ping is closed. */
  pingIntervalMs: number;
  /** How often the live state is compared with a fresh `conference json_list`; 0: never. */
  reconcileIntervalMs: number;
  /** How many deltas, and bytes of their frames at most, are kept for clients resuming with `{"req":"init","since":N}`. */
  replay: FrameLogCapacity;
  /** How many of the journal's newest entries a resume the FrameLog cannot answer may replay. */
  resumeEntries: number;
  /** How many bytes may wait unsent for one client before it is closed as not reading. */
  maxQueuedBytes: number;
  /** The largest frame a client may send; a larger one closes its socket with 1009. */
  maxFrameBytes: number;
}

export const MAX_CLIENT_FRAME_BYTES = 64 * 1024;

export function liveOptionsFrom(config: AppConfig): LiveOptions {
  return { ...config.live, maxFrameBytes: MAX_CLIENT_FRAME_BYTES };
}
