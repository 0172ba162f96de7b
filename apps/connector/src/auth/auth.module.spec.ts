import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import {
  Controller,
  Get,
  Module,
  UseGuards,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AUTH_OPTIONS, DEFAULT_AUTH_OPTIONS } from './auth-options';
import { AuthModule } from './auth.module';
import { DigestAuthGuard } from './digest-auth.guard';
import { InMemoryUserDirectory } from './test-support/in-memory-user-directory';
import { TEST_USERS } from './test-support/test-users';
import { UserDirectory } from './user-directory.port';

const REALM = Symbol('REALM');

@Module({ providers: [{ provide: REALM, useValue: 'conf-realm' }], exports: [REALM] })
class ConfigStubModule {}

@Controller()
class OpenAndGuardedController {
  @Get('open')
  open() {
    return { open: true };
  }

  @UseGuards(DigestAuthGuard)
  @Get('guarded')
  guarded() {
    return { guarded: true };
  }
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
}

describe('AuthModule', () => {
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));

  it('takes its options and its directory from factories', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRoot({
          imports: [ConfigStubModule],
          directory: { useFactory: () => directory },
          options: {
            useFactory: (realm: string) => ({ realm, loginLimits: { pairFailures: 2 } }),
            inject: [REALM],
          },
        }),
      ],
    }).compile();
    expect(moduleRef.get(AUTH_OPTIONS)).toEqual({
      ...DEFAULT_AUTH_OPTIONS,
      realm: 'conf-realm',
      loginLimits: { ...DEFAULT_AUTH_OPTIONS.loginLimits, pairFailures: 2 },
    });
    expect(moduleRef.get(UserDirectory)).toBe(directory);
  });

  it('guards only the routes that ask for it when not global', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ directory: { useValue: directory }, global: false })],
      controllers: [OpenAndGuardedController],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    try {
      const url = await listen(app);
      expect((await fetch(`${url}/open`)).status).toBe(200);
      const guarded = await fetch(`${url}/guarded`);
      expect(guarded.status).toBe(401);
      expect(guarded.headers.get('www-authenticate')).toMatch(/^Digest realm="fscon"/);
    } finally {
      await app.close();
    }
  });

  it('refuses bad options at boot', async () => {
    await expect(
      Test.createTestingModule({
        imports: [
          AuthModule.forRoot({
            directory: { useValue: directory },
            options: { loginLimits: { pairFailures: 0 } },
          }),
        ],
      }).compile(),
    ).rejects.toThrow('loginLimits.pairFailures must be a positive integer');
  });

  it('lets other transports through to their own login', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ directory: { useValue: new InMemoryUserDirectory() } })],
    }).compile();
    const wsContext = { getType: () => 'ws' } as unknown as ExecutionContext;
    expect(moduleRef.get(DigestAuthGuard).canActivate(wsContext)).toBe(true);
  });
});
