import {
  all,
  ContextName,
  NumberString,
  Optional,
  Text,
  TextMatches,
  TextMaxLength,
} from '../../config-files/body-decorators';
import type { AddConferenceRequest, DeleteConferenceRequest, ModifyConferenceRequest } from '@fscon/admin';

/**
 * Conference names travel inside Event Socket commands (`conference <name> kick all`), so they hold
 * letters, digits, `_`, `-` and `.` only: no spaces, nothing a command could be split at.
 */
const ConferenceName = () =>
  all(
    Text('unique'),
    TextMaxLength(64),
    TextMatches(
      /^(?!\.+$)[A-Za-z0-9_.-]+$/,
      '$property may hold only letters, digits, _, - and . (no spaces, not dots only)',
    ),
  );
const TypeName = () => all(Text('a conference profile of conference.conf'), TextMaxLength(64));

export class AddConferenceDto implements AddConferenceRequest {
  @ConferenceName() name!: string;
  @TypeName() type!: string;
  @ContextName() context!: string;
}

export class ModifyConferenceDto implements ModifyConferenceRequest {
  @NumberString() num!: string;
  @Optional() @ConferenceName() name?: string;
  @Optional() @TypeName() type?: string;
  @Optional() @ContextName() context?: string;
}

export class DeleteConferenceDto implements DeleteConferenceRequest {
  @NumberString() num!: string;
}

export const CONFERENCE_BODIES = {
  add: '{name, type, context}',
  mod: '{num, name?, type?, context?}',
  del: '{num}',
} as const;
