import { ApiProperty } from '../api-docs/openapi-decorators';
import { IsString, Length, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { whyNotStorable } from './storable-text';

/** Several property decorators as one. */
export const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

// Each rule below checks a property and describes it in the OpenAPI document, so the two never differ.

/** A string, documented as one. */
export const Text = (description?: string) => all(IsString(), ApiProperty({ type: String, description }));

export const TextMaxLength = (max: number) => all(MaxLength(max), ApiProperty({ maxLength: max }));

export const TextLength = (min: number, max: number) =>
  all(Length(min, max), ApiProperty({ minLength: min, maxLength: max }));

export const TextMatches = (pattern: RegExp, message: string) =>
  all(Matches(pattern, { message }), ApiProperty({ pattern: pattern.source }));

/** Optional, but when present it must be right: null is a wrong type, not an absent field. */
export const Optional = (): PropertyDecorator =>
  all(
    ValidateIf((_dto: object, value: unknown) => value !== undefined),
    ApiProperty({ required: false }),
  );

/** A user id or conference number: digits only, so it can name a file. */
export const NumberString = () =>
  all(Text(), TextMatches(/^\d{1,10}$/, '$property must be a number of up to 10 digits'));

/** A context name; whether the context exists is decided per element. */
export const ContextName = () =>
  all(
    Text('team, friends or public; another name fails this element with `context does not exist`'),
    TextMaxLength(32),
  );

/**
 * Text written into FreeSWITCH's configuration as given: refused, naming the character, unless
 * FreeSWITCH gives it back unchanged (whyNotStorable).
 */
export const StorableText = (): PropertyDecorator =>
  ValidateBy({
    name: 'storableText',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || whyNotStorable(value) === undefined,
      defaultMessage: (args) => `${args?.property} ${whyNotStorable(String(args?.value))}`,
    },
  });
