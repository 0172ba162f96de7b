import 'reflect-metadata';
import type { Server } from 'node:http';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WsAdapter } from '@nestjs/platform-ws';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { WebSocket, type WebSocketServer as WsServer } from 'ws';
import { serveDeltas } from './gateway-frames';

/**
 * Side (a) of the gateway comparison, run as a child process: a minimal NestJS application whose
 * gateway, on @nestjs/platform-ws's WsAdapter at `/` of the application's port, broadcasts each delta
 * to its clients with `client.send`, the text serialized once per delta.
 */
@WebSocketGateway()
class BroadcastGateway {
  @WebSocketServer() server!: WsServer;

  broadcast(text: string): void {
    for (const client of this.server.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(text);
    }
  }
}

@Module({ providers: [BroadcastGateway] })
class BroadcastModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BroadcastModule, { logger: false });
  app.useWebSocketAdapter(new WsAdapter(app));
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as Server).address();
  const gateway = app.get(BroadcastGateway);
  serveDeltas(typeof address === 'object' && address ? address.port : 0, (text) => gateway.broadcast(text));
}

void main();
