import { Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { AuthException } from '../auth/auth.errors';
import { DomainError } from './domain-error';
import { ErrorFilter } from './error.filter';

function answer(exception: unknown, url = '/api/users/add?login=a:b') {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(status: number) {
      sent.status = status;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => response,
      getRequest: () => ({ method: 'POST', originalUrl: url }),
    }),
  } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return sent;
}

describe('ErrorFilter', () => {
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers a client error with its status and logs one line without the query or a stack', () => {
    expect(answer(new DomainError('BODY.TOO_LARGE', 'too large'))).toEqual({
      status: 413,
      body: { error: 'too large' },
    });
    expect(warn.mock.calls).toEqual([['413 POST "/api/users/add": too large']]);
    expect(error).not.toHaveBeenCalled();
  });

  it('takes the status of an Express client error, such as a parameter that is not percent-encoding', () => {
    const decode = Object.assign(new URIError("Failed to decode param '%zz'"), { status: 400, expose: true });
    expect(answer(decode, '/assets/%zz')).toEqual({
      status: 400,
      body: { error: "Failed to decode param '%zz'" },
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(answer(new NotFoundException('Cannot GET /x')).status).toBe(404);
  });

  it('logs nothing more for a refused login, which the guard has logged', () => {
    expect(answer(new AuthException('AUTH.UNAUTHENTICATED', 'authentication required')).status).toBe(401);
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers nothing, and logs one line, when the client closed the connection', () => {
    const aborted = Object.assign(new Error('Request aborted'), { code: 'ECONNABORTED' });
    expect(answer(aborted)).toEqual({});
    expect(warn.mock.calls).toEqual([['POST "/api/users/add": the client closed the connection']]);
    expect(error).not.toHaveBeenCalled();
  });

  it('answers a server fault with 500 and logs it as an error with its stack', () => {
    const fault = new TypeError('x is undefined');
    expect(answer(fault)).toEqual({ status: 500, body: { error: 'internal error' } });
    expect(error).toHaveBeenCalledWith('500: internal error', fault.stack);
  });
});
