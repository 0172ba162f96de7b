import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { CONTEXTS } from '@fscon/contracts';
import { CONFERENCE_FOLDER, userFolder } from '@fscon/fs-xml';
import { posix } from 'node:path';
import { OwnReloads } from '../../xml-state/own-reloads';
import { ConfigFolder } from '../config-folder';
import { rollBack } from './roll-back';
import { removeStrayWorkFiles, withParents } from './stray-work-files';
import type { Undo } from './write-intent';
import { WriteIntentStore } from './write-intent-store';

/** The folders of the configuration folder the connector writes in (and swaps), and those above them. */
const CONFIG_WORK_FOLDERS = [...CONTEXTS.map(userFolder), CONFERENCE_FOLDER].flatMap(withParents);
/** The folders of the static folder it keeps its record and the stored tarballs in. */
const STATIC_WORK_FOLDERS = ['.', 'store'];
const STRAYS_LOGGED = 5;

/**
 * At start, before anything is served: a configuration write the last process left under way (its
 * record exists) is taken back as a whole, and FreeSWITCH reloads once connected; then whatever the
 * connector's own temporary work left behind is removed.
 */
@Injectable()
export class ConfigRecovery implements OnModuleInit {
  private readonly logger = new Logger('ConfigFiles');

  constructor(
    private readonly folder: ConfigFolder,
    private readonly intents: WriteIntentStore,
    private readonly reloads: OwnReloads,
  ) {}

  async onModuleInit(): Promise<void> {
    const intent = await this.intents.read().catch((error: Error) => {
      throw new Error(
        `cannot read the record of an interrupted configuration change at ${this.intents.path} ` +
          `(${error.message}); the connector starts once it is readable or removed`,
      );
    });
    if (intent) {
      const done = await rollBack(new ConfigFolder(intent.root), intent.undo);
      await this.intents.end();
      this.reloads.reloadOnConnect();
      this.logger.warn(
        `a configuration change begun at ${intent.startedAt} in ${intent.root} was interrupted and is taken ` +
          `back: ${done}; FreeSWITCH reloads its configuration once connected`,
      );
    }
    const strays = [
      ...(await removeStrayWorkFiles(this.folder.root, CONFIG_WORK_FOLDERS)),
      ...(intent ? await removeStrayWorkFiles(intent.root, recordedFolders(intent.undo)) : []),
      ...(await removeStrayWorkFiles(this.intents.staticRoot, STATIC_WORK_FOLDERS)),
    ];
    if (strays.length > 0) {
      const named = strays.slice(0, STRAYS_LOGGED).join(', ');
      const more = strays.length > STRAYS_LOGGED ? ` and ${strays.length - STRAYS_LOGGED} more` : '';
      this.logger.warn(`removed ${strays.length} temporary files and folders left behind: ${named}${more}`);
    }
  }
}

/** The folders a recorded change worked in, and those above them. */
function recordedFolders(undo: Undo): string[] {
  const folders = undo.kind === 'files' ? undo.files.map(({ path }) => posix.dirname(path)) : [undo.folder];
  return folders.flatMap(withParents);
}
