import { DomainError } from '../common/domain-error';
import { bodyError } from './body-parsers';

const parserError = (fields: Record<string, unknown>) => Object.assign(new Error('parser'), fields);

describe('bodyError', () => {
  it.each([
    [{ type: 'entity.too.large', status: 413 }, 'BODY.TOO_LARGE', /limit of 1048576 bytes \(1 MiB\)/],
    [{ type: 'parameters.too.many', status: 413 }, 'BODY.TOO_LARGE', /too many fields/],
    [
      { type: 'charset.unsupported', status: 415, charset: 'latin1' },
      'BODY.UNSUPPORTED_MEDIA_TYPE',
      /"LATIN1"/,
    ],
    [
      { type: 'encoding.unsupported', status: 415, encoding: 'x-zip' },
      'BODY.UNSUPPORTED_MEDIA_TYPE',
      /"x-zip"/,
    ],
    [{ type: 'request.aborted', status: 400, message: 'request aborted' }, 'BODY.INVALID', /request aborted/],
  ])('maps %o to %s', (fields, code, message) => {
    const mapped = bodyError(parserError(fields)) as DomainError;
    expect(mapped).toBeInstanceOf(DomainError);
    expect(mapped).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('keeps only the position of a JSON syntax error, never the quoted body', () => {
    const failed = parserError({ type: 'entity.parse.failed', status: 400 });
    failed.message = `Unexpected token 's', "{"password":"secret" is not valid JSON at position 12`;
    expect(bodyError(failed)).toMatchObject({
      code: 'BODY.INVALID',
      message: 'the body is not valid JSON (at position 12)',
    });
  });

  it('passes domain errors and server faults through', () => {
    const domain = new DomainError('BODY.INVALID', 'too deep');
    expect(bodyError(domain)).toBe(domain);
    const fault = parserError({ type: 'stream.not.readable', status: 500 });
    expect(bodyError(fault)).toBe(fault);
  });
});
