import 'reflect-metadata';
import { createServer } from 'node:http';
import { CONTEXTS, isContext, type User } from '@fscon/contracts';
import { WebSocketServer } from 'ws';
import { EnvironmentVariables } from '../apps/connector/src/config/environment.dto';
import { TurnBatches } from '../apps/connector/src/live/fanout/turn-batches';
import { textFrame } from '../apps/connector/src/live/fanout/websocket-frame';
import { LiveSocket } from '../apps/connector/src/live/gateway/live-socket';
import { serveDeltas } from './gateway-frames';

/**
 * Side (b) of the gateway comparison, run as a child process: the broadcast as the connector's live
 * endpoint does it, on a plain `ws` server (noServer): each delta built once as a frame (textFrame),
 * published to every context on TurnBatches, which writes each client the frames of one turn in one
 * write through its LiveSocket (with the connector's default bound on unsent bytes). No login, no journal.
 */
const MAX_QUEUED_BYTES = new EnvironmentVariables().LIVE_QUEUE_BYTES;

function userOf(url: string | undefined): User {
  const context = new URL(url ?? '/', 'http://bench').searchParams.get('context') ?? '';
  if (!isContext(context)) throw new Error(`no context in ${url}`);
  return { id: '20000', password: '', conpin: '', context, name: 'bench', email: '', polymac: 'none' };
}

function main(): void {
  const batches = new TurnBatches();
  const sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false, clientTracking: false });
  const server = createServer((_, response) => response.writeHead(404).end());
  server.on('upgrade', (request, connection, head) => {
    const user = userOf(request.url);
    sockets.handleUpgrade(request, connection, head, (ws) => {
      const socket = new LiveSocket(ws, connection, user, batches, MAX_QUEUED_BYTES, () => undefined);
      batches.add(socket);
      ws.on('close', () => batches.remove(socket));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    serveDeltas(typeof address === 'object' && address ? address.port : 0, (text) => {
      const frame = textFrame(text);
      for (const context of CONTEXTS) batches.publish(context, frame);
    });
  });
}

main();
