import type { Decider } from '../decider';

/**
 * Specs that read as given events / when command / then events, on a decider whose state starts as
 * `initial` (the configuration FreeSWITCH has loaded, which no event of the decider produces).
 */
export function deciderSpecification<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  initial: State,
) {
  return {
    given: (...history: Event[]) => ({
      when: (command: Command) => {
        const state = history.reduce(decider.evolve, initial);
        const events = decider.decide(command, state);
        return {
          then: (expected: Event[]) => expect(events).toEqual(expected),
          /** For what a spec wants to look at more closely than a whole list of events. */
          events,
          /** The state once the events are applied. */
          state: events.reduce(decider.evolve, state),
        };
      },
    }),
  };
}
