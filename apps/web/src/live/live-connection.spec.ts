import { LiveConnection, SessionEndedError, type ConnectionState } from './live-connection';
import { FakeConnectionDeps, settle } from './test-support/fake-connection-deps';

function connection() {
  const deps = new FakeConnectionDeps();
  const states: ConnectionState[] = [];
  const texts: string[] = [];
  const events = { opened: 0, ended: 0 };
  const live = new LiveConnection(deps, {
    state: (state) => states.push(state),
    open: () => (events.opened += 1),
    text: (text) => texts.push(text),
    sessionEnded: () => (events.ended += 1),
  });
  return { deps, states, texts, events, live };
}

describe('LiveConnection', () => {
  it('opens a socket with a fresh token and passes its frames on', async () => {
    const { deps, states, texts, events, live } = connection();
    live.start();
    await settle();
    expect(deps.socket.token).toBe('token-1');
    deps.socket.onopen!();
    deps.socket.onmessage!({ data: '{"event":"newXML"}' });
    expect(states).toEqual(['connecting', 'connected']);
    expect(events.opened).toBe(1);
    expect(texts).toEqual(['{"event":"newXML"}']);
    expect(live.send({ req: 'initreg' })).toBe(true);
    expect(deps.socket.sent).toEqual([{ req: 'initreg' }]);
  });

  it('reconnects with a new token after a drop, waiting longer after each failure', async () => {
    const { deps, states, live } = connection();
    live.start();
    await settle();
    deps.socket.onopen!();
    deps.socket.onclose!();
    expect(states.at(-1)).toBe('reconnecting');
    expect(live.send({ req: 'init' })).toBe(false);
    deps.nextToken = () => Promise.reject(new Error('network'));
    const delays: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      delays.push(deps.timers.at(-1)!.ms);
      deps.fireTimers();
      await settle();
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    deps.nextToken = async () => 'token-again';
    deps.fireTimers();
    await settle();
    deps.socket.onopen!();
    expect(deps.socket.token).toBe('token-again');
    expect(states.at(-1)).toBe('connected');
  });

  it('shows offline without network and reconnects at once when it returns', async () => {
    const { deps, states, live } = connection();
    live.start();
    await settle();
    deps.online = false;
    live.networkChanged(false);
    deps.socket.onclose!();
    expect(states.at(-1)).toBe('offline');
    deps.online = true;
    live.networkChanged(true);
    await settle();
    expect(deps.sockets).toHaveLength(2);
    expect(states.at(-1)).toBe('reconnecting');
  });

  it('stops for good when the session has ended', async () => {
    const { deps, events, live } = connection();
    deps.nextToken = () => Promise.reject(new SessionEndedError());
    live.start();
    await settle();
    expect(events.ended).toBe(1);
    expect(deps.sockets).toHaveLength(0);
    expect(deps.timers).toHaveLength(0);
  });

  it('closes the socket on stop and ignores a token that arrives afterwards', async () => {
    const { deps, live } = connection();
    live.start();
    await settle();
    const first = deps.socket;
    live.stop();
    expect(first.closed).toBe(true);
    first.onclose!();
    expect(deps.timers).toHaveLength(0);
    live.start();
    live.stop();
    await settle();
    expect(deps.sockets).toEqual([first]);
  });
});
