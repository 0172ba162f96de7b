export { LoginPolicy, type LoginCheck } from './login-policy';
export { DEFAULT_LOGIN_LIMITS, loginLimitProblems, type LoginLimits } from './login-limits';
export { memoryLoginLimiters, type LoginLimiters } from './login-limiters';
