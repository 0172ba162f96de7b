import { registrationKey, type Registration } from '../model/live-state';

/**
 * The registration lists that lead from `current` to `target` with at most `maxDeltas` deltas each
 * (delReg for one that went, addReg for one that came, both for one that moved): `[target]` when one
 * step does. Each list is a whole snapshot, so each can be journaled as a RegistrationsRebuilt.
 */
export function registrationRebuildSteps(
  current: ReadonlyMap<string, Registration>,
  target: readonly Registration[],
  maxDeltas: number,
): Registration[][] {
  const wanted = new Map(target.map((registration) => [registrationKey(registration), registration]));
  const changes: { key: string; to: Registration | undefined; deltas: number }[] = [];
  for (const [key, registration] of current) {
    const to = wanted.get(key);
    if (to === undefined) changes.push({ key, to, deltas: 1 });
    else if (to.sipcon !== registration.sipcon) changes.push({ key, to, deltas: 2 });
  }
  for (const [key, to] of wanted) if (!current.has(key)) changes.push({ key, to, deltas: 1 });

  const steps: Registration[][] = [];
  const list = new Map(current);
  let deltas = 0;
  for (const change of changes) {
    if (deltas + change.deltas > maxDeltas) {
      steps.push([...list.values()]);
      deltas = 0;
    }
    if (change.to === undefined) list.delete(change.key);
    else list.set(change.key, change.to);
    deltas += change.deltas;
  }
  return [...steps, [...target]];
}
