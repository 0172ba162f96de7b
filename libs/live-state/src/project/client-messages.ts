import type { Context } from '@fscon/contracts';
import type { Member, Recording, Registration } from '../model/live-state';

/** `{}`: the protocol's "no member" for floor, lastjoin and lastleave. */
export type NoMember = Record<string, never>;

/** A conference as the live protocol sends it; context, type and num come from the xmlState. */
export interface ClientConference {
  name: string;
  context: Context;
  type: string;
  num: string;
  recording: Recording;
  locked: boolean;
  floor: Member | NoMember;
  lastjoin: Member | NoMember;
  lastleave: Member | NoMember;
  memcount: number;
  members: Member[];
}

/** Every live-state message the server sends to dashboards (without the `seq` the gateway adds). */
export type LiveClientMessage =
  | { event: 'newConference'; data: ClientConference }
  | { event: 'newMember'; conference: string; data: Member }
  | { event: 'delMember'; conference: string; data: string }
  | { event: 'delConference'; conference: string }
  | { event: 'floorchange'; conference: string; data: Member | NoMember }
  | { event: 'mute'; conference: string; data: string }
  | { event: 'unmute'; conference: string; data: string }
  | { event: 'muteAll'; conference: string }
  | { event: 'lock'; conference: string }
  | { event: 'unlock'; conference: string }
  | { event: 'recStart'; conference: string; file: string }
  | { event: 'recPause'; conference: string; file: string }
  | { event: 'recResume'; conference: string; file: string }
  | { event: 'recStop'; conference: string }
  | { event: 'addReg'; user: Registration }
  | { event: 'delReg'; user: Registration }
  | { event: 'newLiveState'; data: ClientConference[] };

/** A message and the contexts whose sockets may receive it. */
export interface LiveDelta {
  audience: readonly Context[];
  message: LiveClientMessage;
}
