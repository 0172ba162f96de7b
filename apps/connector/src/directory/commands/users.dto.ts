import { IsString, Matches, MaxLength } from 'class-validator';
import { all, ContextName, NumberString, Optional, StorableText } from '../../config-files/body-decorators';
import type { AddUserRequest, DeleteUserRequest, ModifyUserRequest } from './user-requests';

const Name = () =>
  all(
    IsString(),
    MaxLength(64),
    Matches(/\S/, { message: '$property must be printable characters, not only spaces' }),
    StorableText(),
  );
const Email = () => all(IsString(), MaxLength(254), StorableText());
const Password = () => all(IsString(), MaxLength(64), StorableText());
const Conpin = () => all(IsString(), Matches(/^\d{0,16}$/, { message: '$property must be up to 16 digits' }));
const Polymac = () =>
  all(
    IsString(),
    Matches(/^\s*(?:[0-9a-fA-F]{12}|none)?\s*$/, {
      message: '$property must be 12 hexadecimal digits or none',
    }),
  );

export class AddUserDto implements AddUserRequest {
  @Name() name!: string;
  @Email() email!: string;
  @ContextName() context!: string;
  @Optional() @Password() password?: string;
  @Optional() @Conpin() conpin?: string;
  @Optional() @Polymac() polymac?: string;
}

export class ModifyUserDto implements ModifyUserRequest {
  @NumberString() id!: string;
  @Optional() @Name() name?: string;
  @Optional() @Email() email?: string;
  @Optional() @ContextName() context?: string;
  @Optional() @Password() password?: string;
  @Optional() @Conpin() conpin?: string;
  @Optional() @Polymac() polymac?: string;
}

export class DeleteUserDto implements DeleteUserRequest {
  @NumberString() id!: string;
}

export const USER_BODIES = {
  add: '{name, email, context, password?, conpin?, polymac?}',
  mod: '{id, name?, email?, context?, password?, conpin?, polymac?}',
  del: '{id}',
} as const;
