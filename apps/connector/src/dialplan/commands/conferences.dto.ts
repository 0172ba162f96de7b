import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import type {
  AddConferenceRequest,
  DeleteConferenceRequest,
  ModifyConferenceRequest,
} from './conference-requests';

type Decorator = PropertyDecorator;
const all =
  (...decorators: Decorator[]): Decorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

/** Optional, but when present it must be right: null is a wrong type, not an absent field. */
const Optional = (): Decorator => ValidateIf((_dto: object, value: unknown) => value !== undefined);

/**
 * Conference names travel inside Event Socket commands (`conference <name> kick all`), so they hold
 * letters, digits, `_`, `-` and `.` only: no spaces, nothing a command could be split at.
 */
const ConferenceName = () =>
  all(
    IsString(),
    MaxLength(64),
    Matches(/^(?!\.+$)[A-Za-z0-9_.-]+$/, {
      message: '$property may hold only letters, digits, _, - and . (no spaces, not dots only)',
    }),
  );
const Num = () =>
  all(IsString(), Matches(/^\d{1,10}$/, { message: '$property must be a number of up to 10 digits' }));
const TypeName = () => all(IsString(), MaxLength(64));
const ContextName = () => all(IsString(), MaxLength(32));

export class AddConferenceDto implements AddConferenceRequest {
  @ConferenceName() name!: string;
  @TypeName() type!: string;
  @ContextName() context!: string;
}

export class ModifyConferenceDto implements ModifyConferenceRequest {
  @Num() num!: string;
  @Optional() @ConferenceName() name?: string;
  @Optional() @TypeName() type?: string;
  @Optional() @ContextName() context?: string;
}

export class DeleteConferenceDto implements DeleteConferenceRequest {
  @Num() num!: string;
}

export const CONFERENCE_BODIES = {
  add: '{name, type, context}',
  mod: '{num, name?, type?, context?}',
  del: '{num}',
} as const;
