import { IsString, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { whyNotStorable } from './storable-text';

/** Several property decorators as one. */
export const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

/** Optional, but when present it must be right: null is a wrong type, not an absent field. */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_dto: object, value: unknown) => value !== undefined);

/** A user id or conference number: digits only, so it can name a file. */
export const NumberString = () =>
  all(IsString(), Matches(/^\d{1,10}$/, { message: '$property must be a number of up to 10 digits' }));

/** A context name; whether the context exists is decided per element. */
export const ContextName = () => all(IsString(), MaxLength(32));

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
