import { EventEmitter } from 'node:events';
import type { User } from '@fscon/contracts';
import { WebSocket } from 'ws';
import { LiveSocket, type LiveSocketEnd } from './live-socket';

/** Stands in for a ws socket: what was sent, what waits unsent, whether it was terminated. */
class FakeWs extends EventEmitter {
  readyState: number = WebSocket.OPEN;
  bufferedAmount = 0;
  readonly sent: string[] = [];
  pings = 0;

  send(data: Buffer, options: { binary: boolean }): void {
    expect(options.binary).toBe(false);
    this.sent.push(data.toString());
    this.bufferedAmount += data.length;
  }
  ping(): void {
    this.pings++;
  }
  terminate(): void {
    this.readyState = WebSocket.CLOSED;
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
  const ended: LiveSocketEnd[] = [];
  const socket = new LiveSocket(ws as unknown as WebSocket, ann, maxQueuedBytes, (_, why) => ended.push(why));
  return { ws, socket, ended };
}

describe('LiveSocket', () => {
  it('sends messages of the protocol map as JSON text, in its user`s context', () => {
    const { ws, socket } = socketWith();
    socket.send('error', { error: 'wrong format' });
    socket.send('reply', { reply: 'initreg', data: [], seq: 4 });
    expect(ws.sent).toEqual([
      '{"event":"error","error":"wrong format"}',
      '{"event":"reply","reply":"initreg","data":[],"seq":4}',
    ]);
    expect(socket.context).toBe('friends');
  });

  it('ends a socket whose unsent bytes pass the bound, and sends it nothing more', () => {
    const { ws, socket, ended } = socketWith(100);
    socket.sendFrame(Buffer.alloc(60, 'a'));
    expect(ended).toEqual([]);
    socket.sendFrame(Buffer.alloc(60, 'b'));
    expect(ended).toEqual(['not reading']);
    expect(ws.readyState).toBe(WebSocket.CLOSED);
    socket.sendFrame(Buffer.alloc(1, 'c'));
    expect(ws.sent).toHaveLength(2);
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
