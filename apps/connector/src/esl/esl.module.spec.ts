import { Test } from '@nestjs/testing';
import { firstValueFrom, filter } from 'rxjs';
import { EslModule } from './esl.module';
import { ESL_OPTIONS, type EslOptions } from './esl.options';
import { EventSocket } from './event-socket.port';
import { ModeslEventSocket } from './modesl-event-socket';
import { FakeEslServer } from './test-support/fake-esl-server';
import { captureLogs } from './test-support/event-socket-harness';

describe('EslModule', () => {
  let server: FakeEslServer;

  beforeEach(async () => {
    captureLogs();
    server = await FakeEslServer.start();
  });

  afterEach(async () => {
    await server.stop();
    jest.restoreAllMocks();
  });

  it('provides an EventSocket from ESL_OPTIONS that connects on bootstrap and says goodbye on close', async () => {
    const options: EslOptions = { host: '127.0.0.1', port: server.port, password: 'ClueCon' };
    const moduleRef = await Test.createTestingModule({
      imports: [EslModule.forRootAsync({ useFactory: () => options })],
    }).compile();
    const socket = moduleRef.get(EventSocket);

    expect(socket).toBeInstanceOf(ModeslEventSocket);
    expect(moduleRef.get(ESL_OPTIONS)).toBe(options);
    expect(server.peers.length).toBe(0);

    await moduleRef.init();
    await firstValueFrom(socket.connection$.pipe(filter((state) => state === 'connected')));
    await moduleRef.close();

    await server.waitForCommand((command) => command.line === 'exit');
    await server.peers[0]!.closed;
    expect(socket.isConnected()).toBe(false);
  });

  it('builds the options with the injected dependencies', async () => {
    const CONFIG = Symbol('CONFIG');
    const moduleRef = await Test.createTestingModule({
      imports: [
        EslModule.forRootAsync({
          imports: [
            {
              module: class ConfigHolder {},
              providers: [{ provide: CONFIG, useValue: { port: server.port } }],
              exports: [CONFIG],
            },
          ],
          useFactory: (config: { port: number }) => ({ host: '127.0.0.1', port: config.port, password: 'x' }),
          inject: [CONFIG],
        }),
      ],
    }).compile();

    expect(moduleRef.get<EslOptions>(ESL_OPTIONS).port).toBe(server.port);
    await moduleRef.close();
  });
});
