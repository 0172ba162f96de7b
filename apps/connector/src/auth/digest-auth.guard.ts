import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, Logger, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Context } from '@fscon/contracts';
import { ALLOWED_CONTEXTS, PUBLIC_ROUTE } from './auth.decorators';
import { AuthException } from './auth.errors';
import { attachCaller, callerOf } from './caller';
import { DigestAuthenticator, type AuthOutcome, type ChallengeReason } from './digest-authenticator';
import { LoginMetrics } from '../metrics/metrics.ports';
import { NO_METRICS } from '../metrics/no-metrics';

/** The Express additions to Node's request that the guard reads. */
type HttpRequest = IncomingMessage & { originalUrl?: string; ip?: string };

export const NOT_READY_MESSAGE = 'FreeSWITCH is not connected and no configuration has been loaded yet';

/**
 * HTTP Digest authentication for every HTTP route, then the route's context check
 * (`@AllowContexts`, team only by default). Refusals are AuthExceptions with a JSON `{error, code}` body.
 * Other transports (the WebSocket gateway) do their own login and pass through.
 */
@Injectable()
export class DigestAuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly authenticator: DigestAuthenticator,
    private readonly reflector: Reflector,
    @Optional() private readonly metrics: LoginMetrics = NO_METRICS,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return this.authenticate(context);
  }

  private async authenticate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<ServerResponse>();
    const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    // A caller attached before the guards ran (by a browser session's cookie) needs no Digest login.
    const earlier = callerOf(request);
    const outcome: AuthOutcome = earlier
      ? { kind: 'authenticated', user: earlier }
      : await this.authenticator.authenticate({
          method: request.method ?? 'GET',
          url: request.originalUrl ?? request.url ?? '/',
          authorization: request.headers.authorization,
          address,
        });
    if (outcome.kind !== 'authenticated') {
      // Scripts (X-Requested-With) get no challenge, which a browser would answer with its own login dialog.
      const challenge = request.headers['x-requested-with'] === undefined;
      throw this.refuse(outcome, response, address, challenge);
    }

    const allowed =
      this.reflector.getAllAndOverride<Context[] | undefined>(ALLOWED_CONTEXTS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? (['team'] as Context[]);
    if (!allowed.includes(outcome.user.context)) {
      throw new AuthException(
        'AUTH.WRONG_CONTEXT',
        `users of context ${outcome.user.context} may not use this route`,
      );
    }
    attachCaller(request, outcome.user);
    return true;
  }

  private refuse(
    outcome: Exclude<AuthOutcome, { kind: 'authenticated' }>,
    response: ServerResponse,
    address: string,
    challenge: boolean,
  ) {
    switch (outcome.kind) {
      case 'not-ready':
        return new AuthException('AUTH.NOT_READY', NOT_READY_MESSAGE);
      case 'rate-limited':
        this.metrics.loginRateLimited('digest');
        this.logger.warn(`login refused for ${JSON.stringify(address)}: too many failed logins`);
        response.setHeader('Retry-After', String(outcome.retryAfterSeconds));
        return new AuthException('AUTH.RATE_LIMITED', 'too many failed logins, try again later');
      case 'challenge':
        if (outcome.reason === 'bad-credentials') {
          this.metrics.loginFailed('digest');
          const name = JSON.stringify(outcome.username?.slice(0, 64));
          this.logger.warn(`failed login as ${name} from ${JSON.stringify(address)}`);
        }
        if (challenge) response.setHeader('WWW-Authenticate', outcome.challenges);
        return new AuthException('AUTH.UNAUTHENTICATED', CHALLENGE_MESSAGES[outcome.reason]);
      default: {
        const unhandled: never = outcome;
        return unhandled;
      }
    }
  }
}

const CHALLENGE_MESSAGES: Record<ChallengeReason, string> = {
  missing: 'authentication required',
  malformed: 'malformed Digest credentials',
  rejected: "these credentials do not answer this server's challenge",
  stale: 'nonce expired, authenticate again',
  replayed: 'nonce count already used, authenticate again',
  'bad-credentials': 'invalid user name or password',
};
