import type { User } from '@fscon/contracts';

const callers = new WeakMap<object, User>();

/** Remembers the authenticated user of a request. */
export function attachCaller(request: object, user: User): void {
  callers.set(request, user);
}

/** The authenticated user of a request, if the guard let it through. */
export function callerOf(request: object): User | undefined {
  return callers.get(request);
}
