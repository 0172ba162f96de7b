import type { UserEvent, WrittenUser } from '@fscon/admin';
import type { ConfigChange } from '../../config-files/config-change';

const written = ({ user, filePin }: WrittenUser): ConfigChange => ({
  type: 'UserFileWritten',
  user: { ...user, conpin: filePin },
});

/** The effect of the directory's events on FreeSWITCH's configuration: the user files to write or remove. */
export function userFileChanges(events: readonly UserEvent[]): ConfigChange[] {
  return events.flatMap((event): ConfigChange[] => {
    switch (event.type) {
      case 'UserAdded':
        return [written(event.data)];
      case 'UserChanged': {
        const { before, user } = event.data;
        const moved = before.id !== user.id;
        return [
          ...(moved ? [{ type: 'UserFileRemoved' as const, context: before.context, id: before.id }] : []),
          written(event.data),
        ];
      }
      case 'UserDeleted':
        return [{ type: 'UserFileRemoved', context: event.data.user.context, id: event.data.user.id }];
      case 'UsersRebuilt':
        return event.data.users.map(written);
      case 'UserRefused':
        return [];
      default: {
        const unknown: never = event;
        throw new Error(`unknown user event ${JSON.stringify(unknown)}`);
      }
    }
  });
}
