export { AuthModule, type AuthModuleConfig } from './auth.module';
export {
  AUTH_OPTIONS,
  DEFAULT_AUTH_OPTIONS,
  resolveAuthOptions,
  type AuthOptions,
  type AuthOptionsInput,
} from './auth-options';
export { UserDirectory } from './user-directory.port';
export { DigestAuthGuard, NOT_READY_MESSAGE } from './digest-auth.guard';
export {
  AllowContexts,
  AnyContext,
  Caller,
  PublicRoute,
  TeamOnly,
  ALLOWED_CONTEXTS,
  PUBLIC_ROUTE,
} from './auth.decorators';
export { AuthException } from './auth.errors';
export { callerOf } from './caller';
export {
  DigestAuthenticator,
  type AuthOutcome,
  type ChallengeReason,
  type DigestRequest,
} from './digest-authenticator';
export { LoginPolicy, DEFAULT_LOGIN_LIMITS, type LoginCheck, type LoginLimits } from './login-policy';
export { PasswordLogin, type LoginOutcome } from './password-login';
export { verifyNamePassword } from './verify-name-password';
