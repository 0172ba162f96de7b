import type { ConferenceEvent } from '@fscon/admin';
import type { Conference } from '@fscon/contracts';
import type { ConfigChange } from '../../config-files/config-change';

const written = ({ num, name, type }: Conference): ConfigChange => ({
  type: 'ConferenceFileWritten',
  conference: { num, name, type },
});

/** The effect of the dialplan's events on FreeSWITCH's configuration: the extension files to write or remove. */
export function conferenceFileChanges(events: readonly ConferenceEvent[]): ConfigChange[] {
  return events.flatMap((event): ConfigChange[] => {
    switch (event.type) {
      case 'ConferenceAdded':
        return [written(event.data.conference)];
      case 'ConferenceChanged': {
        const { before, conference } = event.data;
        const moved = before.num !== conference.num;
        return [
          ...(moved ? [{ type: 'ConferenceFileRemoved' as const, num: before.num }] : []),
          written(conference),
        ];
      }
      case 'ConferenceDeleted':
        return [{ type: 'ConferenceFileRemoved', num: event.data.conference.num }];
      case 'ConferenceRefused':
        return [];
      default: {
        const unknown: never = event;
        throw new Error(`unknown conference event ${JSON.stringify(unknown)}`);
      }
    }
  });
}
