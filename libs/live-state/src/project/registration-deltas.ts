import type { LiveState, Registration } from '../model/live-state';
import type { LiveDelta } from './client-messages';
import { EVERYBODY } from './conference-lookup';

/**
 * delReg for every registration that went or changed its address, then addReg for every one that
 * came or changed. A refresh from the same address tells nobody anything.
 */
export function registrationDeltas(before: LiveState, after: LiveState): LiveDelta[] {
  const gone = changedOrMissing(before.registrations, after.registrations);
  const came = changedOrMissing(after.registrations, before.registrations);
  return [
    ...gone.map((user): LiveDelta => ({
      audience: EVERYBODY,
      message: { event: 'delReg', user: { ...user } },
    })),
    ...came.map((user): LiveDelta => ({
      audience: EVERYBODY,
      message: { event: 'addReg', user: { ...user } },
    })),
  ];
}

function changedOrMissing(
  from: ReadonlyMap<string, Registration>,
  other: ReadonlyMap<string, Registration>,
): Registration[] {
  return [...from].filter(([key, r]) => other.get(key)?.sipcon !== r.sipcon).map(([, r]) => r);
}
