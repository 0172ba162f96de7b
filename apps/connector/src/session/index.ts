export { SessionModule, type SessionModuleConfig } from './session.module';
export { LiveTokens } from './live-tokens';
export { Sessions } from './sessions';
export { DEFAULT_SESSION_OPTIONS, SESSION_OPTIONS, type SessionOptions } from './session-options';
export type { IssuedToken } from './token-registry';
