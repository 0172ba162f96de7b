import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Body, Controller, Get, Post, type INestApplication, type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { User } from '@fscon/contracts';
import { AnyContext, Caller } from '../../auth/auth.decorators';
import { AuthModule } from '../../auth/auth.module';
import type { LoginLimits } from '../../auth/login-policy/login-limits';
import { InMemoryUserDirectory } from '../../auth/test-support/in-memory-user-directory';
import { TEST_USERS } from '../../auth/test-support/test-users';
import { ErrorFilter } from '../../common/error.filter';
import { LiveTokens } from '../live-tokens';
import type { SessionOptions } from '../session-options';
import { SessionModule } from '../session.module';

@Controller()
class ProbeController {
  @Get('api/whoami')
  team(@Caller() caller: User) {
    return { name: caller.name };
  }

  @Post('api/echo')
  echo(@Caller() caller: User, @Body() body: unknown) {
    return { name: caller.name, body };
  }

  @AnyContext()
  @Get('whoami')
  anyone(@Caller() caller: User) {
    return { name: caller.name };
  }
}

export interface SessionTestApp {
  url: string;
  directory: InMemoryUserDirectory;
  liveTokens: LiveTokens;
  logs: string[];
  close(): Promise<void>;
}

/** AuthModule and SessionModule over an in-memory directory with probe routes, on a loopback port. */
export async function startSessionTestApp(
  options: Partial<SessionOptions> = {},
  loginLimits: Partial<LoginLimits> = {},
): Promise<SessionTestApp> {
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
  const moduleRef = await Test.createTestingModule({
    imports: [
      AuthModule.forRoot({ directory: { useValue: directory }, options: { loginLimits } }),
      SessionModule.forRoot({ directory: { useValue: directory }, options }),
    ],
    controllers: [ProbeController],
  }).compile();
  const app: INestApplication = moduleRef.createNestApplication();
  const logs: string[] = [];
  const collect = (...parts: unknown[]) => void logs.push(parts.map(String).join(' '));
  const logger: LoggerService = { log: collect, error: collect, warn: collect, debug: collect };
  app.useLogger(logger);
  app.useGlobalFilters(new ErrorFilter());
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    directory,
    liveTokens: app.get(LiveTokens),
    logs,
    close: () => app.close(),
  };
}
