import { startSimulator, Simulator } from '../simulator';
import { captureConf, CaptureConf } from '../test-support/capture-conf';
import { session, eventsMatching, replies, text } from '../test-support/session';

describe('HTTP control front', () => {
  let conf: CaptureConf;
  let simulator: Simulator;
  const post = async (path: string, body: unknown): Promise<{ status: number; json: unknown }> => {
    const response = await fetch(`${simulator.controlUrl ?? ''}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  };

  beforeEach(async () => {
    conf = captureConf();
    simulator = await startSimulator({
      confDir: conf.dir,
      env: {},
      heartbeatMs: 0,
      controlPort: 0,
      coreVariables: conf.coreVariables,
    });
  });
  afterEach(async () => {
    await simulator.stop();
    conf.remove();
  });

  it('joins, talks, presses keys and leaves over HTTP; Event Socket clients see the events', async () => {
    const client = await session(simulator.port, 'event plain CUSTOM conference::maintenance\n\n');
    const joined = await post('/join', { number: '30000', user: '20000' });
    expect(joined).toMatchObject({
      status: 200,
      json: { conference: 'team_g722', callerIdName: 'defaultuser', moderator: true },
    });
    const { memberId } = joined.json as { memberId: number };
    await eventsMatching(client, /Action: add-member/);
    expect((await post('/key', { memberId, key: '6' })).status).toBe(200);
    await eventsMatching(client, /Action: dtmf\nDTMF-Key: 6\nData: conferencelock/);
    const members = await fetch(`${simulator.controlUrl ?? ''}/members`).then((r) => r.json());
    expect(members).toEqual([expect.objectContaining({ memberId, conference: 'team_g722' })]);
    expect((await post('/leave', { memberId })).status).toBe(200);
    await eventsMatching(client, /Action: conference-destroy/);
    client.destroy();
  });

  it('registers, unregisters; answers 400 with the reason and 404 for unknown paths', async () => {
    expect((await post('/register', { user: '20001', contact: '127.0.0.1:5071' })).status).toBe(200);
    expect(simulator.api('show registrations as json')).toMatch(/"row_count":1/);
    expect(await post('/unregister', { user: '20001' })).toEqual({ status: 200, json: {} });
    expect(await post('/expire', { user: '20001' })).toEqual({
      status: 400,
      json: { error: '20001 is not registered' },
    });
    expect(await post('/join', { number: '39999', user: '20000' })).toEqual({
      status: 400,
      json: { error: '39999 leads to no conference from context team' },
    });
    expect((await post('/nosuch', {})).status).toBe(404);
  });

  it('holds the commands of Event Socket clients, answers them once released, and refuses a bad flag', async () => {
    const client = await session(simulator.port);
    expect(await post('/hold', { held: true })).toEqual({ status: 200, json: {} });
    client.send('api version\n\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(replies(client.frames())).toHaveLength(2);
    expect(await post('/hold', { held: false })).toEqual({ status: 200, json: {} });
    const frames = await client.until((all) => replies(all).length === 3, 'the held reply');
    expect(text(replies(frames)[2]!)).toContain('FreeSWITCH Version');
    expect(await post('/hold', { held: 'maybe' })).toEqual({
      status: 400,
      json: { error: 'held must be true or false' },
    });
    client.destroy();
  });

  it('reloads the configuration as an outside reloadxml, with its RELOADXML event', async () => {
    const client = await session(simulator.port, 'event plain RELOADXML\n\n');
    expect(await post('/reloadxml', {})).toEqual({ status: 200, json: { result: 'Success' } });
    await eventsMatching(client, /Event-Name: RELOADXML/);
    client.destroy();
  });

  it('disconnects every Event Socket client with the shutdown notice and accepts new ones', async () => {
    const client = await session(simulator.port);
    expect(await post('/disconnect', {})).toEqual({ status: 200, json: {} });
    await client.until(() => client.isClosed, 'the connection closed');
    expect(client.received.toString('utf8')).toContain('The system is being shut down.');
    const again = await session(simulator.port, 'api version\n\n');
    expect(again.isClosed).toBe(false);
    again.destroy();
  });
});
