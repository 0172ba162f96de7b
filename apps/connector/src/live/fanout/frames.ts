import type { ClientEventMap, ClientMessage } from '@fscon/contracts';
import { textFrame } from './websocket-frame';

/**
 * A message of the live protocol as a complete WebSocket text frame, built once so that every socket
 * can be handed the same bytes. Deltas carry their `seq` after their own fields.
 */
export function encodeFrame(message: ClientMessage, seq?: number): Buffer {
  return textFrame(JSON.stringify(seq === undefined ? message : { ...message, seq }));
}

/** The frame of the message of that event name with those fields; the only way the gateway builds one. */
export function encodeMessage<K extends keyof ClientEventMap>(event: K, body: ClientEventMap[K]): Buffer {
  return textFrame(JSON.stringify({ event, ...body }));
}
