import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Body, Controller, Get, Post, type INestApplication, type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { User } from '@fscon/contracts';
import { AllowContexts, AnyContext, Caller } from '../auth.decorators';
import { AUTH_OPTIONS, type AuthOptions, type AuthOptionsInput } from '../auth-options';
import { AuthModule } from '../auth.module';
import { DigestAuthenticator } from '../digest-authenticator';
import { LoginPolicy } from '../login-policy/login-policy';
import { UserDirectory } from '../user-directory.port';
import { InMemoryUserDirectory } from './in-memory-user-directory';
import { TEST_USERS } from './test-users';

const whoami = (caller: User) => ({ name: caller.name, context: caller.context });

@Controller()
class ProbeController {
  @Get('api/whoami')
  team(@Caller() caller: User) {
    return whoami(caller);
  }

  @Post('api/echo')
  echo(@Caller() caller: User, @Body() body: unknown) {
    return { ...whoami(caller), body };
  }

  @AnyContext()
  @Get('whoami')
  anyone(@Caller() caller: User) {
    return whoami(caller);
  }
}

@AllowContexts('friends')
@Controller('fr')
class FriendsController {
  @Get('only')
  only(@Caller() caller: User) {
    return whoami(caller);
  }

  @AllowContexts('team', 'friends')
  @Get('and-team')
  andTeam(@Caller() caller: User) {
    return whoami(caller);
  }
}

export interface AuthTestApp {
  url: string;
  directory: InMemoryUserDirectory;
  /** Everything the application logged. */
  logs: string[];
  close(): Promise<void>;
}

export interface AuthTestAppConfig {
  options?: AuthOptionsInput;
  now?: () => number;
}

/** A Nest application with the AuthModule, Nest's own exception filter and probe routes, on a loopback port. */
export async function startAuthTestApp(config: AuthTestAppConfig = {}): Promise<AuthTestApp> {
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
  let builder = Test.createTestingModule({
    imports: [AuthModule.forRoot({ directory: { useValue: directory }, options: config.options })],
    controllers: [ProbeController, FriendsController],
  });
  if (config.now) {
    const now = config.now;
    builder = builder.overrideProvider(DigestAuthenticator).useFactory({
      factory: (options: AuthOptions, users: UserDirectory, policy: LoginPolicy) =>
        new DigestAuthenticator(options, users, policy, { now }),
      inject: [AUTH_OPTIONS, UserDirectory, LoginPolicy],
    });
  }
  const app: INestApplication = (await builder.compile()).createNestApplication();
  const logs: string[] = [];
  app.useLogger(collectingLogger(logs));
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, directory, logs, close: () => app.close() };
}

function collectingLogger(logs: string[]): LoggerService {
  const collect = (...parts: unknown[]) => void logs.push(parts.map(String).join(' '));
  return { log: collect, error: collect, warn: collect, debug: collect, verbose: collect, fatal: collect };
}
