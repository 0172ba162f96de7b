import { freePort } from '../../../../libs/journal/src/test-support/nats-server';
import { openSharedJournal } from './open-journal';

describe('openSharedJournal', () => {
  it('serves from memory and reports itself unhealthy, naming the stream, when NATS cannot be reached', async () => {
    const url = `nats://127.0.0.1:${await freePort()}`;

    const journal = await openSharedJournal({ url, stream: 'fscon' }, {}, { onListenerError: jest.fn() });

    expect(journal.standIn).toBe(true);
    expect(journal.health()).toMatchObject({
      ok: false,
      reason: expect.stringContaining(`the journal stream fscon at ${url} cannot be opened`),
    });
    await journal.close();
  });
});
