import { HttpException, Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { AuthException } from '../auth/auth.errors';
import { EslError } from '../esl/esl.errors';
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
      body: { error: 'too large', code: 'BODY.TOO_LARGE' },
    });
    expect(warn.mock.calls).toEqual([['413 POST "/api/users/add": too large']]);
    expect(error).not.toHaveBeenCalled();
  });

  it('takes the status of an Express client error, such as a parameter that is not percent-encoding', () => {
    const decode = Object.assign(new URIError("Failed to decode param '%zz'"), { status: 400, expose: true });
    expect(answer(decode, '/assets/%zz')).toEqual({
      status: 400,
      body: { error: "Failed to decode param '%zz'", code: 'HTTP.BAD_REQUEST' },
    });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('gives refusals of the HTTP layer the code of their status, and any other client error 400', () => {
    expect(answer(new NotFoundException('Cannot GET /x'))).toEqual({
      status: 404,
      body: { error: 'Cannot GET /x', code: 'HTTP.NOT_FOUND' },
    });
    expect(answer(new HttpException('range not satisfiable', 416))).toEqual({
      status: 416,
      body: { error: 'range not satisfiable', code: 'HTTP.RANGE_NOT_SATISFIABLE' },
    });
    expect(answer(new HttpException('teapot', 418))).toEqual({
      status: 400,
      body: { error: 'teapot', code: 'HTTP.BAD_REQUEST' },
    });
  });

  it('answers a domain or Event Socket error with the status of its code', () => {
    expect(answer(new DomainError('LIVE.CONFERENCE_NOT_FOUND', 'conference c9 is not running'))).toEqual({
      status: 404,
      body: { error: 'conference c9 is not running', code: 'LIVE.CONFERENCE_NOT_FOUND' },
    });
    expect(answer(new EslError('ESL.TIMEOUT', 'no answer'))).toEqual({
      status: 504,
      body: { error: 'no answer', code: 'ESL.TIMEOUT' },
    });
  });

  it('logs nothing more for a refused login, which the guard has logged', () => {
    expect(answer(new AuthException('AUTH.UNAUTHENTICATED', 'authentication required'))).toEqual({
      status: 401,
      body: { error: 'authentication required', code: 'AUTH.UNAUTHENTICATED' },
    });
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
    expect(answer(fault)).toEqual({ status: 500, body: { error: 'internal error', code: 'INTERNAL' } });
    expect(error).toHaveBeenCalledWith('500: internal error', fault.stack);
  });
});
