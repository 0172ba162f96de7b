import { evolve } from '../evolve/evolve';
import { EMPTY_LIVE_STATE, registrationKey, type LiveState, type Registration } from '../model/live-state';
import { registrationDeltas } from '../project/registration-deltas';
import { registrationRebuildSteps } from './registration-steps';

const phone = (n: number, port = 5060): Registration => ({
  id: String(20000 + n),
  regid: `call-${n}`,
  sipcon: `192.0.2.1:${port}`,
});
const holding = (registrations: Registration[]): LiveState => ({
  ...EMPTY_LIVE_STATE,
  registrations: new Map(registrations.map((r) => [registrationKey(r), r])),
});

describe('registrationRebuildSteps', () => {
  it('given few changes, then one step: the target', () => {
    const target = [phone(1), phone(2)];
    expect(registrationRebuildSteps(holding([phone(1)]).registrations, target, 10)).toEqual([target]);
  });

  it('given more changes than one step may carry, then steps of at most that many deltas ending at the target', () => {
    const before = [
      ...Array.from({ length: 5 }, (_, n) => phone(n)),
      ...Array.from({ length: 5 }, (_, n) => phone(10 + n)),
    ];
    const target = [
      ...Array.from({ length: 5 }, (_, n) => phone(n, 6000)),
      ...Array.from({ length: 7 }, (_, n) => phone(20 + n)),
    ];
    const steps = registrationRebuildSteps(holding(before).registrations, target, 4);

    let state = holding(before);
    for (const registrations of steps) {
      const after = evolve(state, { type: 'RegistrationsRebuilt', data: { registrations } });
      expect(registrationDeltas(state, after).length).toBeLessThanOrEqual(4);
      state = after;
    }
    expect(steps.at(-1)).toEqual(target);
    expect(steps.length).toBeGreaterThanOrEqual(Math.ceil((5 * 2 + 5 + 7) / 4));
  });
});
