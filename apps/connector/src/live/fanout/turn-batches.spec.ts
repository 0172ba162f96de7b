import { nextTurn, RecordingClient } from './test-support/recording-client';
import { TurnBatches } from './turn-batches';
import { textFrame } from './websocket-frame';
import { NO_METRICS } from '../../metrics/no-metrics';

const frame = (text: string) => textFrame(text);
const texts = (client: RecordingClient) => client.frames.map((f) => String(f.subarray(2)));

function batchesWith(...contexts: ('team' | 'friends' | 'public')[]) {
  const batches = new TurnBatches();
  const clients = contexts.map((context) => new RecordingClient(context));
  clients.forEach((client) => batches.add(client));
  return { batches, clients };
}

describe('TurnBatches', () => {
  it('writes a context`s frames of one turn to each of its clients as one buffer, built once', async () => {
    const { batches, clients } = batchesWith('team', 'team', 'public');
    const [ann, bob, pub] = clients as [RecordingClient, RecordingClient, RecordingClient];
    batches.publish('team', frame('1'));
    batches.publish('public', frame('p'));
    batches.publish('team', frame('2'));
    expect(ann.writes).toEqual([]);

    await nextTurn();
    expect(ann.writes).toHaveLength(1);
    expect(bob.writes[0]).toBe(ann.writes[0]);
    expect(texts(ann)).toEqual(['1', '2']);
    expect(texts(pub)).toEqual(['p']);
  });

  it('starts afresh in the next turn', async () => {
    const { batches, clients } = batchesWith('team');
    batches.publish('team', frame('1'));
    await nextTurn();
    batches.publish('team', frame('2'));
    await nextTurn();
    expect(clients[0]!.writes.map((bytes) => String(bytes.subarray(2)))).toEqual(['1', '2']);
  });

  it('gives a client its own frames in the order they were sent among its context`s', async () => {
    const { batches, clients } = batchesWith('team', 'team');
    const [ann, bob] = clients as [RecordingClient, RecordingClient];
    batches.publish('team', frame('1'));
    batches.sendTo(ann, frame('reply'));
    batches.publish('team', frame('2'));
    batches.sendTo(ann, frame('error'));

    await nextTurn();
    expect(texts(ann)).toEqual(['1', 'reply', '2', 'error']);
    expect(texts(bob)).toEqual(['1', '2']);
    expect(ann.writes).toHaveLength(1);
  });

  it('sends a client that joins during a turn only what is published after it joined', async () => {
    const { batches, clients } = batchesWith('team');
    batches.publish('team', frame('before'));
    const late = new RecordingClient('team');
    batches.add(late);
    batches.publish('team', frame('after'));

    await nextTurn();
    expect(texts(clients[0]!)).toEqual(['before', 'after']);
    expect(texts(late)).toEqual(['after']);
  });

  it('writes nothing to a removed client, even what it was sent of its own', async () => {
    const { batches, clients } = batchesWith('team');
    const [ann] = clients as [RecordingClient];
    batches.sendTo(ann, frame('reply'));
    batches.remove(ann);
    batches.publish('team', frame('1'));

    await nextTurn();
    expect(ann.writes).toEqual([]);
  });
});

describe('TurnBatches: metrics', () => {
  it('reports the frames and bytes written per context, and the end of each turn', async () => {
    const written: [string, number, number][] = [];
    let turns = 0;
    const batches = new TurnBatches(
      Object.assign({}, NO_METRICS, {
        framesWritten: (context: string, frames: number, bytes: number) =>
          written.push([context, frames, bytes]),
        turnWritten: () => (turns += 1),
      }),
    );
    const [ann, bob, pub] = (['team', 'team', 'public'] as const).map((c) => new RecordingClient(c));
    [ann!, bob!, pub!].forEach((client) => batches.add(client));
    batches.publish('team', frame('1'));
    batches.publish('team', frame('2'));
    batches.sendTo(pub!, frame('reply'));
    await nextTurn();
    expect(written).toEqual([
      ['team', 4, 2 * ann!.writes[0]!.length],
      ['public', 1, pub!.writes[0]!.length],
    ]);
    expect(turns).toBe(1);
  });
});
