import type { Context } from '@fscon/contracts';
import {
  conferenceFilePath,
  userFilePath,
  type ConferenceFile,
  type ConfigFileRenderer,
  type UserFile,
} from '@fscon/fs-xml';
import type { FileChange } from './write-files';

/** A change to the users and conferences held in FreeSWITCH's configuration files. */
export type ConfigChange =
  | { type: 'UserFileWritten'; user: UserFile }
  | { type: 'UserFileRemoved'; context: Context; id: string }
  | { type: 'ConferenceFileWritten'; conference: ConferenceFile }
  | { type: 'ConferenceFileRemoved'; num: string };

/** The files behind the changes; a later change to the same file wins. */
export function renderChanges(changes: readonly ConfigChange[], renderer: ConfigFileRenderer): FileChange[] {
  const files = new Map<string, string | null>();
  for (const change of changes) {
    const [path, content] = fileOf(change, renderer);
    files.delete(path);
    files.set(path, content);
  }
  return [...files].map(([path, content]) => ({ path, content }));
}

function fileOf(change: ConfigChange, renderer: ConfigFileRenderer): [string, string | null] {
  switch (change.type) {
    case 'UserFileWritten':
      return [userFilePath(change.user.context, change.user.id), renderer.user(change.user)];
    case 'UserFileRemoved':
      return [userFilePath(change.context, change.id), null];
    case 'ConferenceFileWritten':
      return [conferenceFilePath(change.conference.num), renderer.conference(change.conference)];
    case 'ConferenceFileRemoved':
      return [conferenceFilePath(change.num), null];
    default: {
      const unknown: never = change;
      throw new Error(`unknown configuration change ${JSON.stringify(unknown)}`);
    }
  }
}
