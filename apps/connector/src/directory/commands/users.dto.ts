import {
  all,
  ContextName,
  NumberString,
  Optional,
  StorableText,
  Text,
  TextMatches,
  TextMaxLength,
} from '../../config-files/body-decorators';
import type { AddUserRequest, DeleteUserRequest, ModifyUserRequest } from '@fscon/admin';

const Name = () =>
  all(
    Text('the login name, unique'),
    TextMaxLength(64),
    TextMatches(/\S/, '$property must be printable characters, not only spaces'),
    StorableText(),
  );
const Email = () => all(Text(), TextMaxLength(254), StorableText());
const Password = () =>
  all(Text('generated (10 letters and digits) when absent or empty'), TextMaxLength(64), StorableText());
const Conpin = () =>
  all(
    Text('the default pin of the context when absent'),
    TextMatches(/^\d{0,16}$/, '$property must be up to 16 digits'),
  );
const Polymac = () =>
  all(
    Text('`none` when absent'),
    TextMatches(/^\s*(?:[0-9a-fA-F]{12}|none)?\s*$/, '$property must be 12 hexadecimal digits or none'),
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
