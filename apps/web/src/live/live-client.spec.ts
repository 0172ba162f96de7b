import { LiveClient } from './live-client';
import { conference, member } from './test-support/fixtures';
import { FakeConnectionDeps, settle } from './test-support/fake-connection-deps';

async function connected() {
  const deps = new FakeConnectionDeps();
  const client = new LiveClient(deps, () => undefined);
  client.start();
  await settle();
  deps.socket.onopen!();
  return { deps, client };
}

describe('LiveClient', () => {
  it('asks for the snapshot and the registrations when the socket opens, resuming after a reconnect', async () => {
    const { deps, client } = await connected();
    expect(deps.socket.sent).toEqual([{ req: 'init' }, { req: 'initreg' }]);
    deps.socket.serverSends({ event: 'reply', reply: 'init', data: [conference('room')], seq: 5 });
    deps.socket.onclose!();
    expect(client.getSnapshot().connection).toBe('reconnecting');
    deps.fireTimers();
    await settle();
    deps.socket.onopen!();
    expect(deps.socket.sent).toEqual([{ req: 'init', since: 5 }, { req: 'initreg' }]);
    expect(Object.keys(client.getSnapshot().view.conferences)).toEqual(['room']);
  });

  it('sends exec and memexec, and shows the errors the server reports', async () => {
    const { deps, client } = await connected();
    client.exec('room', 'lock');
    client.memexec('room', 'kick', '4');
    expect(deps.socket.sent.slice(2)).toEqual([
      { req: 'exec', conference: 'room', call: 'lock' },
      { req: 'memexec', conference: 'room', call: 'kick', member: '4' },
    ]);
    deps.socket.serverSends({
      event: 'error',
      error: 'Conference room not found',
      code: 'LIVE.FREESWITCH_FAILED',
    });
    const [error] = client.getSnapshot().errors;
    expect(error!.text).toBe('Conference room not found');
    client.dismissError(error!.id);
    expect(client.getSnapshot().errors).toEqual([]);
  });

  it('says so when a request cannot be sent', async () => {
    const { deps, client } = await connected();
    deps.socket.onclose!();
    client.exec('room', 'unlock');
    expect(client.getSnapshot().errors[0]!.text).toMatch(/not connected/i);
  });

  it('announces live joins, but not what the snapshot or duplicates bring', async () => {
    const { deps, client } = await connected();
    const join = { event: 'newMember', conference: 'room', data: member('2', 'bob'), seq: 2 };
    deps.socket.serverSends(join);
    deps.socket.serverSends({ event: 'reply', reply: 'init', data: [conference('room')], seq: 1 });
    expect(client.getSnapshot().announcement).toBeUndefined();
    deps.socket.serverSends({ ...join, seq: 3, data: member('3', 'cy') });
    expect(client.getSnapshot().announcement?.text).toBe('cy joined room');
    const announced = client.getSnapshot().announcement;
    deps.socket.serverSends({ ...join, seq: 3, data: member('3', 'cy') });
    expect(client.getSnapshot().announcement).toBe(announced);
  });
});
