import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import type { User } from '@fscon/contracts';
import { WebSocket } from 'ws';
import { messageOf } from '../fanout/testing/frame-payload';
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

/** The connection under the WebSocket: what was written, corked, and what waits unsent. */
class FakeConnection {
  readonly written: Buffer[] = [];
  writableLength = 0;
  corks = 0;
  uncorks = 0;

  write(frame: Buffer): void {
    this.written.push(frame);
    this.writableLength += frame.length;
  }
  cork(): void {
    this.corks++;
  }
  uncork(): void {
    this.uncorks++;
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

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function socketWith(maxQueuedBytes = 100) {
  const ws = new FakeWs();
  const connection = new FakeConnection();
  const ended: LiveSocketEnd[] = [];
  const socket = new LiveSocket(
    ws as unknown as WebSocket,
    connection as unknown as Duplex,
    ann,
    maxQueuedBytes,
    (_, why) => ended.push(why),
  );
  return { ws, connection, socket, ended };
}

describe('LiveSocket', () => {
  it('sends messages of the protocol map as text frames, in its user`s context', () => {
    const { connection, socket } = socketWith();
    socket.send('error', { error: 'wrong format' });
    socket.send('reply', { reply: 'initreg', data: [], seq: 4 });
    expect(connection.written.map(messageOf)).toEqual([
      { event: 'error', error: 'wrong format' },
      { event: 'reply', reply: 'initreg', data: [], seq: 4 },
    ]);
    expect(socket.context).toBe('friends');
  });

  it('writes the frames of one turn of the event loop in one go', async () => {
    const { connection, socket } = socketWith(1000);
    socket.sendFrame(Buffer.from('1'));
    socket.sendFrame(Buffer.from('2'));
    expect(connection).toMatchObject({ corks: 1, uncorks: 0 });
    await nextTurn();
    expect(connection).toMatchObject({ corks: 1, uncorks: 1 });
    socket.sendFrame(Buffer.from('3'));
    await nextTurn();
    expect(connection).toMatchObject({ corks: 2, uncorks: 2 });
    expect(connection.written.map(String)).toEqual(['1', '2', '3']);
  });

  it('ends a socket whose unsent bytes pass the bound after a turn, and sends it nothing more', async () => {
    const { ws, connection, socket, ended } = socketWith(100);
    socket.sendFrame(Buffer.alloc(60, 'a'));
    await nextTurn();
    expect(ended).toEqual([]);
    socket.sendFrame(Buffer.alloc(60, 'b'));
    await nextTurn();
    expect(ended).toEqual(['not reading']);
    expect(ws.readyState).toBe(WebSocket.CLOSED);
    socket.sendFrame(Buffer.alloc(1, 'c'));
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
