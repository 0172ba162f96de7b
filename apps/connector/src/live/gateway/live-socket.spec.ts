import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import type { User } from '@fscon/contracts';
import { WebSocket } from 'ws';
import { nextTurn } from '../fanout/test-support/recording-client';
import { messageOf, splitFrames } from '../fanout/test-support/frame-payload';
import { TurnBatches } from '../fanout/turn-batches';
import { textFrame } from '../fanout/websocket-frame';
import { LiveSocket, type LiveSocketEnd } from './live-socket';

/** Stands in for a ws socket: its state, the pings it sent, whether it was terminated. */
class FakeWs extends EventEmitter {
  readyState: number = WebSocket.OPEN;
  pings = 0;

  ping(): void {
    this.pings++;
  }
  terminate(): void {
    this.readyState = WebSocket.CLOSED;
  }
}

/** The connection under the WebSocket: what was written, and what waits unsent. */
class FakeConnection {
  readonly written: Buffer[] = [];
  writableLength = 0;

  write(bytes: Buffer): void {
    this.written.push(bytes);
    this.writableLength += bytes.length;
  }
  get frames(): Buffer[] {
    return this.written.flatMap(splitFrames);
  }
}

const ann: User = {
  id: '20000',
  name: 'ann',
  password: 'x',
  conpin: '',
  context: 'friends',
  email: '',
  polymac: '',
};

function socketWith(maxQueuedBytes = 100) {
  const ws = new FakeWs();
  const connection = new FakeConnection();
  const ended: LiveSocketEnd[] = [];
  const batches = new TurnBatches();
  const socket = new LiveSocket(
    ws as unknown as WebSocket,
    connection as unknown as Duplex,
    ann,
    batches,
    maxQueuedBytes,
    (_, why) => ended.push(why),
  );
  batches.add(socket);
  return { ws, connection, socket, ended, batches };
}

/** A text frame of that many bytes of payload. */
const frameOf = (text: string) => textFrame(text);

describe('LiveSocket', () => {
  it('sends messages of the protocol map as text frames, in its user`s context', async () => {
    const { connection, socket } = socketWith();
    socket.send('error', { error: 'wrong format', code: 'LIVE.WRONG_FORMAT' });
    socket.send('reply', { reply: 'initreg', data: [], seq: 4 });
    await nextTurn();
    expect(connection.frames.map(messageOf)).toEqual([
      { event: 'error', error: 'wrong format', code: 'LIVE.WRONG_FORMAT' },
      { event: 'reply', reply: 'initreg', data: [], seq: 4 },
    ]);
    expect(socket.context).toBe('friends');
  });

  it('writes the frames of one turn of the event loop in one write, its context`s and its own in order', async () => {
    const { connection, socket, batches } = socketWith(1000);
    batches.publish('friends', frameOf('1'));
    socket.sendFrame(frameOf('2'));
    batches.publish('friends', frameOf('3'));
    batches.publish('team', frameOf('x'));
    expect(connection.written).toEqual([]);
    await nextTurn();
    expect(connection.written).toHaveLength(1);
    batches.publish('friends', frameOf('4'));
    await nextTurn();
    expect(connection.written).toHaveLength(2);
    expect(connection.frames.map((frame) => String(frame.subarray(2)))).toEqual(['1', '2', '3', '4']);
  });

  it('ends a socket whose unsent bytes pass the bound after a write, and sends it nothing more', async () => {
    const { ws, connection, socket, ended } = socketWith(100);
    socket.sendFrame(frameOf('a'.repeat(58)));
    await nextTurn();
    expect(ended).toEqual([]);
    socket.sendFrame(frameOf('b'.repeat(58)));
    await nextTurn();
    expect(ended).toEqual(['not reading']);
    expect(ws.readyState).toBe(WebSocket.CLOSED);
    socket.sendFrame(frameOf('c'));
    await nextTurn();
    expect(connection.written).toHaveLength(2);
  });

  it('keeps a socket that answers every ping and ends one that missed the previous ping', () => {
    const { ws, socket, ended } = socketWith();
    socket.ping();
    ws.emit('pong');
    socket.ping();
    ws.emit('pong');
    socket.ping();
    expect(ws.pings).toBe(3);
    expect(ended).toEqual([]);
    socket.ping();
    expect(ended).toEqual(['no pong']);
    expect(ws.pings).toBe(3);
  });
});
