import { EventLag } from './event-lag';

describe('EventLag', () => {
  let now = 0;
  let observed: number[];
  let lag: EventLag;

  beforeEach(() => {
    now = 1000;
    observed = [];
    lag = new EventLag(
      (seconds) => observed.push(seconds),
      () => now,
    );
  });

  it('measures each event with deltas from its reading to the write of its turn', () => {
    lag.eventRead();
    lag.deltaPublished();
    lag.deltaPublished();
    lag.eventHandled();
    now = 1002;
    lag.eventRead();
    lag.deltaPublished();
    lag.eventHandled();
    now = 1005;
    lag.turnWritten();
    expect(observed).toEqual([0.005, 0.003]);
    lag.turnWritten();
    expect(observed).toHaveLength(2);
  });

  it('leaves out events without deltas and deltas no event caused', () => {
    lag.eventRead();
    lag.eventHandled();
    lag.deltaPublished();
    lag.turnWritten();
    expect(observed).toEqual([]);
  });
});
