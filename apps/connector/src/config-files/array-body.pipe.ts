import type { PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { DomainError } from '../common/domain-error';

/**
 * As many users as the three default ranges hold, so a whole directory can be added at once; a body
 * past it is refused whole.
 */
export const MAX_ELEMENTS = 3000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Per property, a wrong type is the one thing worth saying; otherwise every broken rule. */
function messagesOf(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => {
    const constraints = error.constraints ?? {};
    const own = constraints.isString ? [constraints.isString] : Object.values(constraints);
    return [...own, ...messagesOf(error.children ?? [])];
  });
}

/**
 * Checks a body that must be a JSON array of objects of one DTO class and yields the elements as
 * instances of it. Anything else (not an array, an element that is not an object, an unknown
 * property, a wrong type, a value out of bounds) is refused whole with a 400 naming every problem
 * with the element's index, so a bad request changes nothing.
 */
export class ArrayBodyPipe<T extends object> implements PipeTransform<unknown, T[]> {
  private readonly properties: ReadonlySet<string>;

  constructor(
    private readonly dto: new () => T,
    private readonly shape: string,
  ) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    this.properties = new Set(metadata.map((entry) => entry.propertyName));
  }

  transform(body: unknown): T[] {
    if (!Array.isArray(body))
      throw new DomainError('BODY.INVALID', `the body must be a JSON array of ${this.shape}`);
    if (body.length > MAX_ELEMENTS) {
      throw new DomainError('BODY.INVALID', `at most ${MAX_ELEMENTS} elements at once, got ${body.length}`);
    }
    const elements = body.map((element: unknown) => this.check(element));
    const problems = elements.flatMap(({ problems }, index) =>
      problems.map((problem) => `[${index}] ${problem}`),
    );
    if (problems.length > 0) throw new DomainError('BODY.INVALID', problems.join('; '));
    return elements.map(({ instance }) => instance!);
  }

  private check(element: unknown): { instance?: T; problems: string[] } {
    if (!isPlainObject(element)) return { problems: [`must be an object ${this.shape}`] };
    // class-transformer drops keys such as __proto__ silently; they are unknown properties all the same.
    const unknown = Object.keys(element).filter((key) => !this.properties.has(key));
    if (unknown.length > 0) return { problems: unknown.map((key) => `property ${key} should not exist`) };
    const instance = plainToInstance(this.dto, element);
    return { instance, problems: messagesOf(validateSync(instance, { forbidUnknownValues: true })) };
  }
}
