import { createServer } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { CONTEXTS, type Context } from '@fscon/contracts';
import { WebSocketServer, type WebSocket } from 'ws';
import { textFrame } from '../apps/connector/src/live/fanout/websocket-frame';
import { plainEventHeaders, readEslFrames, type EslFrame } from './fanout-esl-reader';
import { CONFERENCES } from './fanout-load';

/**
 * The baseline of the fan-out benchmark, run as a child process: it reads the same Event Socket stream
 * as the connector and writes one frame per member event, built once, to every WebSocket client of the
 * contexts that may see the conference, the frames of one turn of the event loop in one write per
 * connection, as the connector does. No state, no journal, no checks: the least work the connector's
 * fan-out could do.
 */
const WANTED = new Set([
  'Action',
  'Conference-Name',
  'Member-ID',
  'Caller-Caller-ID-Name',
  'Caller-Caller-ID-Number',
  'Speak',
]);
const DELTAS: Record<string, string> = {
  'add-member': 'newMember',
  'mute-member': 'mute',
  'del-member': 'delMember',
};
const audiences = new Map(CONFERENCES.map((c) => [c.name, c.audience]));
interface Client {
  ws: WebSocket;
  connection: Duplex;
}
const clients = new Map<Context, Set<Client>>(CONTEXTS.map((c) => [c, new Set<Client>()]));
const corked = new Set<Duplex>();
let seq = 0;

function send(client: Client, frame: Buffer): void {
  if (corked.size === 0) process.nextTick(uncorkAll);
  if (!corked.has(client.connection)) {
    corked.add(client.connection);
    client.connection.cork();
  }
  client.connection.write(frame);
}

function uncorkAll(): void {
  corked.forEach((connection) => connection.uncork());
  corked.clear();
}

function frameOf(headers: Record<string, string>): Buffer | undefined {
  const event = DELTAS[headers['Action'] ?? ''];
  const conference = headers['Conference-Name'];
  const confid = headers['Member-ID'];
  if (event === undefined || conference === undefined || confid === undefined) return undefined;
  const data =
    event === 'newMember'
      ? {
          name: headers['Caller-Caller-ID-Name'],
          id: headers['Caller-Caller-ID-Number'],
          confid,
          mute: headers['Speak'] === 'false',
        }
      : confid;
  return textFrame(JSON.stringify({ event, conference, data, seq: ++seq }));
}

function onEslFrame({ headers, body }: EslFrame, write: (text: string) => void): void {
  switch (headers['Content-Type']) {
    case 'auth/request':
      return write('auth ClueCon\n\n');
    case 'command/reply':
      if (headers['Reply-Text'] === '+OK accepted') write('event plain CUSTOM conference::maintenance\n\n');
      return;
    case 'text/event-plain': {
      const event = plainEventHeaders(body, WANTED);
      const frame = frameOf(event);
      const audience = audiences.get(event['Conference-Name'] ?? '');
      if (frame === undefined || audience === undefined) return;
      for (const context of audience) clients.get(context)!.forEach((client) => send(client, frame));
      return;
    }
  }
}

function main(): void {
  const eslPort = Number(process.env.BASELINE_ESL_PORT);
  const esl = connect(eslPort, '127.0.0.1');
  readEslFrames(esl, (frame) => onEslFrame(frame, (text) => esl.write(text)));
  const sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 });
  const server = createServer((_, response) => response.writeHead(404).end());
  server.on('upgrade', (request, socket, head) => {
    const context = new URL(request.url ?? '/', 'http://baseline').searchParams.get('context') as Context;
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const client = { ws, connection: socket };
      clients.get(context)?.add(client);
      ws.on('close', () => clients.get(context)?.delete(client));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
}

main();
