import type { ClientMessage, Context, LiveConference, LiveEventMap, NoMember } from '@fscon/contracts';

export type { NoMember };

/** A conference as the live protocol sends it; context, type and num come from the xmlState. */
export type ClientConference = LiveConference;

/** Every live-state message the server sends to dashboards, as the protocol types it (the fan-out adds `seq`). */
export type LiveClientMessage = ClientMessage<keyof LiveEventMap>;

/** A message and the contexts whose sockets may receive it. */
export interface LiveDelta {
  audience: readonly Context[];
  message: LiveClientMessage;
}
