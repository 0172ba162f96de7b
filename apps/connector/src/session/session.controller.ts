import type { ServerResponse } from 'node:http';
import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Inject,
  Logger,
  Optional,
  Post,
  Req,
  Res,
  ValidationPipe,
} from '@nestjs/common';
import type { LiveTokenResponse, SessionResponse, User } from '@fscon/contracts';
import { AnyContext, Caller, PublicRoute } from '../auth/auth.decorators';
import { AuthException } from '../auth/auth.errors';
import { NOT_READY_MESSAGE } from '../auth/digest-auth.guard';
import { PasswordLogin } from '../auth/password-login';
import { LiveTokens } from './live-tokens';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from './session-cookie';
import { SessionLoginDto } from './session-login.dto';
import { clientAddressOf, cookieTargetOf, sessionOf, type HttpRequest } from './session-request';
import { SESSION_OPTIONS, type SessionOptions } from './session-options';
import { Sessions } from './sessions';
import { ApiNoContentResponse } from '../api-docs/openapi-decorators';
import { LoginMetrics } from '../metrics/metrics.ports';
import { NO_METRICS } from '../metrics/no-metrics';
import { LIVE_TOKEN_RESPONSE_SCHEMA, SESSION_RESPONSE_SCHEMA } from '@fscon/contracts';
import { ApiErrors } from '../api-docs/api-errors';
import { ApiJson } from '../api-docs/api-json';

const loginBody = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true });

/**
 * Browser sessions beside Digest. Logging in and out and asking "who am I" are public routes: they
 * answer 401 without a Digest challenge, so a browser shows the page's login form, not its own dialog.
 */
@Controller('session')
export class SessionController {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly login: PasswordLogin,
    private readonly sessions: Sessions,
    private readonly liveTokens: LiveTokens,
    @Inject(SESSION_OPTIONS) private readonly options: SessionOptions,
    @Optional() private readonly metrics: LoginMetrics = NO_METRICS,
  ) {}

  @PublicRoute()
  @Post()
  @ApiJson(SESSION_RESPONSE_SCHEMA, 'logged in: `Set-Cookie` holds the session (8 hours)')
  @ApiErrors(401, 429, 503)
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async open(
    @Body(loginBody) body: SessionLoginDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<SessionResponse> {
    const address = clientAddressOf(request);
    const outcome = await this.login.login(body.name, body.password, address);
    switch (outcome.kind) {
      case 'not-ready':
        throw new AuthException('AUTH.NOT_READY', NOT_READY_MESSAGE);
      case 'rate-limited':
        this.metrics.loginRateLimited('session');
        this.logger.warn(`login refused for ${JSON.stringify(address)}: too many failed logins`);
        response.setHeader('Retry-After', String(outcome.retryAfterSeconds));
        throw new AuthException('AUTH.RATE_LIMITED', 'too many failed logins, try again later');
      case 'refused':
        this.metrics.loginFailed('session');
        this.logger.warn(
          `failed login as ${JSON.stringify(body.name.slice(0, 64))} from ${JSON.stringify(address)}`,
        );
        throw new AuthException('AUTH.UNAUTHENTICATED', 'invalid user name or password');
      case 'authenticated': {
        const { token, expiresAt } = this.sessions.open(outcome.user);
        const cookie = sessionCookie(cookieTargetOf(request), token, expiresAt, this.options.now());
        response.setHeader('Set-Cookie', cookie);
        return describe(outcome.user, expiresAt);
      }
      default: {
        const unhandled: never = outcome;
        return unhandled;
      }
    }
  }

  @PublicRoute()
  @Get()
  @ApiJson(SESSION_RESPONSE_SCHEMA, 'who the session cookie is for')
  @ApiErrors(401)
  @Header('Cache-Control', 'no-store')
  current(@Req() request: HttpRequest): SessionResponse {
    const session = sessionOf(request);
    if (session === undefined) throw new AuthException('AUTH.UNAUTHENTICATED', 'not logged in');
    return describe(session.user, session.expiresAt);
  }

  @PublicRoute()
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session is ended and its cookie cleared' })
  close(@Req() request: HttpRequest, @Res({ passthrough: true }) response: ServerResponse): void {
    const target = cookieTargetOf(request);
    const token = sessionTokenOf(request.headers.cookie, target);
    if (token !== undefined) this.sessions.close(token);
    response.setHeader('Set-Cookie', clearedSessionCookie(target));
  }

  @AnyContext()
  @Get('live-token')
  @ApiJson(LIVE_TOKEN_RESPONSE_SCHEMA, 'a single-use token for `/api/live?token=`, valid 30 s')
  @Header('Cache-Control', 'no-store')
  liveToken(@Caller() caller: User): LiveTokenResponse {
    const { token, expiresAt } = this.liveTokens.issue(caller);
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }
}

function describe({ id, name, context, email }: User, expiresAt: number): SessionResponse {
  return { user: { id, name, context, email }, expiresAt: new Date(expiresAt).toISOString() };
}
