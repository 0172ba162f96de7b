import {
  Module,
  type ClassProvider,
  type DynamicModule,
  type ExistingProvider,
  type FactoryProvider,
  type ModuleMetadata,
  type Provider,
  type ValueProvider,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AUTH_OPTIONS, resolveAuthOptions, type AuthOptions, type AuthOptionsInput } from './auth-options';
import { DigestAuthGuard } from './digest-auth.guard';
import { DigestAuthenticator } from './digest-authenticator';
import { LoginPolicy } from './login-policy/login-policy';
import { PasswordLogin } from './password-login';
import { UserDirectory } from './user-directory.port';

type WithoutToken<P> = Omit<P, 'provide'>;

export interface AuthModuleConfig {
  /** How the UserDirectory is obtained; the application's one reads its xmlState. */
  directory:
    | WithoutToken<ClassProvider<UserDirectory>>
    | WithoutToken<ValueProvider<UserDirectory>>
    | WithoutToken<FactoryProvider<UserDirectory>>
    | WithoutToken<ExistingProvider<UserDirectory>>;
  /** Modules whose providers `directory` or `options` inject. */
  imports?: ModuleMetadata['imports'];
  /** Values over the defaults, or a factory of them (for example from the typed config). */
  options?: AuthOptionsInput | WithoutToken<FactoryProvider<AuthOptionsInput>>;
  /** Guard every route of the application (APP_GUARD); true unless false. */
  global?: boolean;
}

/**
 * HTTP Digest authentication: provides DigestAuthGuard (global by default), the DigestAuthenticator,
 * AUTH_OPTIONS, the UserDirectory it was given, the LoginPolicy (the one failure budget that every login
 * path shares: Digest, browser sessions, the live socket) and the PasswordLogin of the latter two;
 * global, so those can inject them.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AuthModuleConfig): DynamicModule {
    const providers: Provider[] = [
      optionsProvider(config.options),
      { provide: UserDirectory, ...config.directory } as Provider,
      {
        provide: LoginPolicy,
        useFactory: (options: AuthOptions) => new LoginPolicy(options.loginLimits),
        inject: [AUTH_OPTIONS],
      },
      {
        provide: DigestAuthenticator,
        useFactory: (options: AuthOptions, directory: UserDirectory, policy: LoginPolicy) =>
          new DigestAuthenticator(options, directory, policy),
        inject: [AUTH_OPTIONS, UserDirectory, LoginPolicy],
      },
      {
        provide: PasswordLogin,
        useFactory: (directory: UserDirectory, policy: LoginPolicy) => new PasswordLogin(directory, policy),
        inject: [UserDirectory, LoginPolicy],
      },
      DigestAuthGuard,
    ];
    if (config.global !== false) providers.push({ provide: APP_GUARD, useExisting: DigestAuthGuard });
    return {
      module: AuthModule,
      global: true,
      imports: config.imports ?? [],
      providers,
      exports: [
        AUTH_OPTIONS,
        UserDirectory,
        DigestAuthenticator,
        DigestAuthGuard,
        LoginPolicy,
        PasswordLogin,
      ],
    };
  }
}

function optionsProvider(options: AuthModuleConfig['options']): Provider {
  if (options !== undefined && 'useFactory' in options) {
    const { useFactory, inject } = options;
    return {
      provide: AUTH_OPTIONS,
      useFactory: async (...args: unknown[]) => resolveAuthOptions(await useFactory(...args)),
      inject,
    };
  }
  return { provide: AUTH_OPTIONS, useFactory: () => resolveAuthOptions(options) };
}
