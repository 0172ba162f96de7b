import {
  registrationKey,
  type LiveState,
  type Registration,
  type RegistrationRef,
} from '../model/live-state';

/** The registration added, or replaced when its user already has one with that Call-ID (a refresh). */
export function putRegistration(state: LiveState, registration: Registration): LiveState {
  const registrations = new Map(state.registrations);
  registrations.set(registrationKey(registration), registration);
  return { ...state, registrations };
}

/** The registration removed; one that is not known leaves the state as it is. */
export function removeRegistration(state: LiveState, registration: RegistrationRef): LiveState {
  const key = registrationKey(registration);
  if (!state.registrations.has(key)) return state;
  const registrations = new Map(state.registrations);
  registrations.delete(key);
  return { ...state, registrations };
}

export function registrationsByKey(
  registrations: readonly Registration[],
): ReadonlyMap<string, Registration> {
  return new Map(registrations.map((registration) => [registrationKey(registration), registration]));
}
