import { digestFetch } from '../support/digest-client';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';

describeRealFs('real FreeSWITCH: start-up', () => {
  let system: RealSystem;

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('lists the users FreeSWITCH has', async () => {
    const response = await digestFetch(`${system.connector.url}/api/users`, {
      user: 'defaultuser',
      password: 'napw',
    });
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { users: Array<{ id: string }> };
    expect(body.users.map((user) => user.id)).toEqual(['20000', '20001', '21000', '22000']);
  });
});
