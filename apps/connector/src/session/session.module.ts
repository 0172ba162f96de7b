import {
  Module,
  RequestMethod,
  type DynamicModule,
  type ExistingProvider,
  type MiddlewareConsumer,
  type NestModule,
  type Provider,
  type ValueProvider,
} from '@nestjs/common';
import { UserDirectory } from '../auth/user-directory.port';
import { LiveTokens } from './live-tokens';
import { SessionAuthMiddleware } from './session-auth.middleware';
import { SESSION_OPTIONS, resolveSessionOptions, type SessionOptions } from './session-options';
import { SessionController } from './session.controller';
import { Sessions } from './sessions';

export interface SessionModuleConfig {
  /** Where users are found; the application's one reads its xmlState. */
  directory: Omit<ExistingProvider<UserDirectory>, 'provide'> | Omit<ValueProvider<UserDirectory>, 'provide'>;
  options?: Partial<SessionOptions>;
}

const built = (Type: new (directory: UserDirectory, options: SessionOptions) => object) => ({
  provide: Type,
  useFactory: (directory: UserDirectory, options: SessionOptions) => new Type(directory, options),
  inject: [UserDirectory, SESSION_OPTIONS],
});

/**
 * Browser sessions (POST/GET/DELETE /session, a cookie accepted on every route besides Digest) and the
 * single-use tokens of the live WebSocket. Global, so the live gateway can inject LiveTokens. Logins
 * go through the AuthModule's PasswordLogin.
 */
@Module({})
export class SessionModule implements NestModule {
  static forRoot(config: SessionModuleConfig): DynamicModule {
    const providers: Provider[] = [
      { provide: SESSION_OPTIONS, useValue: resolveSessionOptions(config.options) },
      { provide: UserDirectory, ...config.directory } as Provider,
      built(Sessions),
      built(LiveTokens),
    ];
    return {
      module: SessionModule,
      global: true,
      controllers: [SessionController],
      providers,
      exports: [Sessions, LiveTokens],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionAuthMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
