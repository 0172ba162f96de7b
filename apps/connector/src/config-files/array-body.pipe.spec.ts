import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { DomainError } from '../common/domain-error';
import { ArrayBodyPipe, MAX_ELEMENTS } from './array-body.pipe';

class ProbeDto {
  @IsString() @MaxLength(5) name!: string;
  @ValidateIf((probe: ProbeDto) => probe.note !== undefined) @IsString() note?: string;
}

const pipe = new ArrayBodyPipe(ProbeDto, '{name, note?}');
const problem = (body: unknown) => {
  try {
    pipe.transform(body);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BODY.INVALID');
    return (error as DomainError).message;
  }
  throw new Error('the body was accepted');
};

describe('ArrayBodyPipe', () => {
  it('yields the elements of a good body as DTO instances', () => {
    const elements = pipe.transform([{ name: 'a' }, { name: 'b', note: 'n' }]);
    expect(elements).toEqual([{ name: 'a' }, { name: 'b', note: 'n' }]);
    expect(elements[0]).toBeInstanceOf(ProbeDto);
  });

  it('refuses anything but an array of objects', () => {
    expect(problem({ name: 'a' })).toBe('the body must be a JSON array of {name, note?}');
    expect(problem('a')).toBe('the body must be a JSON array of {name, note?}');
    expect(problem([{ name: 'a' }, ['x'], null])).toBe(
      '[1] must be an object {name, note?}; [2] must be an object {name, note?}',
    );
  });

  it('names unknown properties, prototype keys included', () => {
    expect(problem([{ name: 'a', extra: 1 }])).toBe('[0] property extra should not exist');
    expect(problem(JSON.parse('[{"name":"a","__proto__":{"x":1}}]'))).toBe(
      '[0] property __proto__ should not exist',
    );
  });

  it('names wrong types, null in optional fields and values out of bounds', () => {
    expect(problem([{ name: 1 }])).toBe('[0] name must be a string');
    expect(problem([{ name: 'a', note: null }])).toBe('[0] note must be a string');
    expect(problem([{ name: 'abcdef' }])).toBe('[0] name must be shorter than or equal to 5 characters');
  });

  it('refuses more elements than it takes at once', () => {
    expect(problem(Array.from({ length: MAX_ELEMENTS + 1 }, () => ({ name: 'a' })))).toMatch(/at most/);
  });
});
