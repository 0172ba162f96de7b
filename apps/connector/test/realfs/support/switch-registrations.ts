import type { RealFreeswitch } from '@fscon/real-freeswitch';
import type { Received } from '../../support/live-client';
import { eventually } from '../../support/system';

/** A row of `show registrations as json`, as the switch writes it (every value a string). */
export interface SwitchRegistration {
  reg_user: string;
  realm: string;
  /** The Call-ID. */
  token: string;
  url: string;
  /** Epoch seconds at which the switch drops it. */
  expires: string;
  network_ip: string;
  network_port: string;
  network_proto: string;
}

/** The registrations the switch holds: `show registrations as json`. */
export async function switchRegistrations(freeswitch: RealFreeswitch): Promise<SwitchRegistration[]> {
  const answer = JSON.parse(await freeswitch.api('show registrations as json')) as {
    rows?: SwitchRegistration[];
  };
  return answer.rows ?? [];
}

/** The switch's registration with that Call-ID, or undefined. */
export async function switchRegistration(
  freeswitch: RealFreeswitch,
  callId: string,
): Promise<SwitchRegistration | undefined> {
  return (await switchRegistrations(freeswitch)).find((row) => row.token === callId);
}

/**
 * The switch's registration with that Call-ID once it lists it: sofia fires sofia::register before it
 * stores the registration, and sofia::unregister and sofia::expire before it deletes one.
 */
export function listedRegistration(freeswitch: RealFreeswitch, callId: string): Promise<SwitchRegistration> {
  return eventually(async () => {
    const row = await switchRegistration(freeswitch, callId);
    if (row === undefined) throw new Error(`the switch does not list the registration ${callId}`);
    return row;
  });
}

/**
 * Resolves once the switch no longer lists the registration with that Call-ID. An expired one stays
 * listed until the switch core's own sweep of its registrations, every 15 s (SQL_REG_TIMEOUT).
 */
export function unlistedRegistration(freeswitch: RealFreeswitch, callId: string): Promise<void> {
  return eventually(
    async () => {
      const row = await switchRegistration(freeswitch, callId);
      if (row !== undefined) throw new Error(`the switch still lists the registration ${callId}`);
    },
    30_000,
    250,
  );
}

/**
 * The registration entries of `sofia status profile internal reg`: `Name: value` lines per entry
 * (Call-ID, User, Contact, Status, IP, Port ...).
 */
export async function sofiaRegistrations(freeswitch: RealFreeswitch): Promise<Record<string, string>[]> {
  const text = await freeswitch.api('sofia status profile internal reg');
  return text
    .split(/\n\s*\n/)
    .map((block) =>
      Object.fromEntries(
        block
          .split('\n')
          .map((line) => /^([A-Za-z-]+):\s*(.*)$/.exec(line))
          .filter((match): match is RegExpExecArray => match !== null)
          .map((match) => [match[1]!, match[2]!.trim()]),
      ),
    )
    .filter((entry) => 'Call-ID' in entry);
}

/** Matches the live addReg or delReg of the registration with that Call-ID. */
export const registrationEvent =
  (event: 'addReg' | 'delReg', callId: string) =>
  (message: Received): boolean =>
    message.event === event && message.user.regid === callId;
