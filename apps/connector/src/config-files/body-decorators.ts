import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

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
