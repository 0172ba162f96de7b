/**
 * A decider in the sense of Jérémie Chassaing: `decide` turns a command into the events it causes,
 * given the state; `evolve` applies one event to the state. Both are pure.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

/**
 * Decides the elements of a request one after the other, each on the state the events of the ones
 * before it left, so that no name, id or number is handed out twice within one request.
 */
export function decideEach<Element, Event, State>(
  elements: readonly Element[],
  state: State,
  decideOne: (element: Element, index: number, state: State) => Event,
  evolve: (state: State, event: Event) => State,
): Event[] {
  const events: Event[] = [];
  let current = state;
  elements.forEach((element, index) => {
    const event = decideOne(element, index, current);
    events.push(event);
    current = evolve(current, event);
  });
  return events;
}
