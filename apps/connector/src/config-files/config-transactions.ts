import { Inject, Injectable, Logger } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import type { ConfigFileRenderer } from '@fscon/fs-xml';
import { DomainError } from '../common/domain-error';
import { EslError } from '../esl/esl.errors';
import { EventSocket } from '../esl/event-socket.port';
import { OwnReloads, type Reload } from '../xml-state/own-reloads';
import type { ReloadResult } from '../xml-state/reload-xml';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { renderChanges, type ConfigChange } from './config-change';
import { fileChangesEdit, type ConfigEdit } from './config-edit';
import { ConfigFolder } from './config-folder';
import { Mutex } from './mutex';

export const CONFIG_FILE_RENDERER = Symbol('CONFIG_FILE_RENDERER');

export type CommitOutcome =
  { accepted: true; changed: boolean; state: XmlState } | { accepted: false; error: string };

/** What a unit of work may use while it holds the configuration. */
export interface ConfigTransaction {
  /** The xmlState when the transaction started: every earlier change is in it. */
  readonly state: XmlState;
  readonly folder: ConfigFolder;
  /** Writes the files behind the changes, then as commit; no changes, no reload. */
  commitChanges(changes: readonly ConfigChange[]): Promise<CommitOutcome>;
  /**
   * Applies the edit and has FreeSWITCH reload. If FreeSWITCH refuses the new XML, the edit is
   * reverted and FreeSWITCH reloads again. Either way the xmlState is rebuilt once, after the last
   * reload, before this returns. If FreeSWITCH accepts but the xmlState cannot be read, the edit is
   * reverted as for a refusal (reload, rebuild) and the read's error is thrown.
   */
  commit(edit: ConfigEdit): Promise<CommitOutcome>;
}

/**
 * The one way to change FreeSWITCH's configuration: one transaction at a time, in arrival order, so
 * each one decides on the state every earlier one left (no id is handed out twice).
 */
@Injectable()
export class ConfigTransactions {
  private readonly logger = new Logger('ConfigFiles');
  private readonly mutex = new Mutex();

  constructor(
    private readonly esl: EventSocket,
    private readonly xmlState: XmlStateReadModel,
    private readonly reloads: OwnReloads,
    private readonly folder: ConfigFolder,
    @Inject(CONFIG_FILE_RENDERER) private readonly renderer: ConfigFileRenderer,
  ) {}

  run<T>(work: (tx: ConfigTransaction) => Promise<T>): Promise<T> {
    const task = async () => {
      let open = true;
      const ensureOpen = () => {
        if (!open) throw new Error('the configuration transaction has already ended');
      };
      const tx: ConfigTransaction = {
        state: this.xmlState.require(),
        folder: this.folder,
        commitChanges: (changes) => {
          ensureOpen();
          if (changes.length === 0)
            return Promise.resolve({ accepted: true, changed: false, state: tx.state });
          return this.commit(fileChangesEdit(this.folder, renderChanges(changes, this.renderer)));
        },
        commit: (edit) => {
          ensureOpen();
          return this.commit(edit);
        },
      };
      try {
        return await work(tx);
      } finally {
        open = false;
      }
    };
    return this.mutex.run(task);
  }

  private async commit(edit: ConfigEdit): Promise<CommitOutcome> {
    if (!this.esl.isConnected()) {
      throw new EslError('ESL.NOT_CONNECTED', 'FreeSWITCH is not connected; nothing was changed');
    }
    await edit.apply();
    const {
      result: refusal,
      state,
      rebuildError,
    } = await this.reloads.run((reload) => this.reloadOrRevert(edit, reload));
    if (refusal !== undefined) {
      return { accepted: false, error: `FreeSWITCH refused the new configuration: ${refusal}` };
    }
    if (rebuildError) {
      this.logger.warn(
        `the new configuration could not be read (${rebuildError.message}); putting the files back`,
      );
      await this.reloads.run((reload) => this.undo(edit, reload));
      throw notReadBack(rebuildError);
    }
    return { accepted: true, changed: true, state };
  }

  /** Reloads; puts the files back (and reloads) if that fails or FreeSWITCH refuses, giving its reason. */
  private async reloadOrRevert(edit: ConfigEdit, reload: Reload): Promise<string | undefined> {
    let result: ReloadResult;
    try {
      result = await reload();
    } catch (error) {
      this.logger.warn(`reloadxml failed (${(error as Error).message}); putting the files back`);
      await this.undo(edit, reload);
      throw error;
    }
    if (result.accepted) return undefined;
    this.logger.warn(`FreeSWITCH refused the new configuration: ${result.error}; putting the files back`);
    await this.undo(edit, reload);
    return result.error;
  }

  private async undo(edit: ConfigEdit, reload: Reload): Promise<void> {
    await edit.revert();
    try {
      const again = await reload();
      if (!again.accepted) this.logger.warn(`reloadxml after putting the files back: ${again.error}`);
    } catch (error) {
      this.logger.warn(`reloadxml after putting the files back failed: ${(error as Error).message}`);
    }
  }
}

/** The error a write answers when FreeSWITCH took its XML but the connector could not read it back. */
function notReadBack(cause: Error): Error {
  const message =
    `FreeSWITCH accepted the new configuration, but it could not be read back (${cause.message}); ` +
    'the change was taken back';
  return cause instanceof EslError
    ? new EslError(cause.code, message)
    : new DomainError('XMLSTATE.UNREADABLE', message);
}
