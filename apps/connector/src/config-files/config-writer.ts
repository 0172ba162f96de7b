import { Injectable, Logger } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import { EslError } from '../esl/esl.errors';
import { EventSocket } from '../esl/event-socket.port';
import { OwnReloads, type Reload } from '../xml-state/own-reloads';
import type { ReloadResult } from '../xml-state/reload-xml';
import type { ConfigEdit } from './config-edit';
import { ConfigFolder } from './config-folder';
import { notReadBack, notRecorded, stillNotTakenBack } from './config-write-errors';
import { rollBack } from './recovery/roll-back';
import type { Undo } from './recovery/write-intent';
import { WriteIntentStore } from './recovery/write-intent-store';

export type CommitOutcome =
  { accepted: true; changed: boolean; state: XmlState } | { accepted: false; error: string };

/**
 * Commits configuration edits, one at a time (ConfigTransactions sees to that). Each is all-before
 * or all-after, whatever happens: its record (how to take it back) is durable before the first file
 * is touched and goes only once the edit is complete or taken back; a start after a crash takes back
 * whatever a record names.
 */
@Injectable()
export class ConfigWriter {
  private readonly logger = new Logger('ConfigFiles');
  private underWay: Undo | undefined;
  private notTakenBack: Undo | undefined;

  constructor(
    private readonly esl: EventSocket,
    private readonly reloads: OwnReloads,
    private readonly folder: ConfigFolder,
    private readonly intents: WriteIntentStore,
  ) {}

  /**
   * Applies the edit and has FreeSWITCH reload. If FreeSWITCH refuses the new XML, the edit is
   * reverted and FreeSWITCH reloads again. Either way the xmlState is rebuilt once, after the last
   * reload, before this returns. If FreeSWITCH accepts but the xmlState cannot be read, the edit is
   * reverted as for a refusal (reload, rebuild) and the read's error is thrown.
   */
  async commit(edit: ConfigEdit): Promise<CommitOutcome> {
    await this.retryTakingBack();
    if (!this.esl.isConnected()) {
      throw new EslError('ESL.NOT_CONNECTED', 'FreeSWITCH is not connected; nothing was changed');
    }
    const undo = await edit.prepare();
    await this.begin(undo);
    this.underWay = undo;
    let outcome: CommitOutcome;
    try {
      outcome = await this.applyAndReload(edit);
    } catch (error) {
      await this.takeBack(undo);
      throw error;
    } finally {
      this.underWay = undefined;
    }
    await this.intents.end();
    return outcome;
  }

  /**
   * For a shutdown that cannot wait for the edit under way: nothing this process does touches the
   * files any more, the edit is taken back, and its record stays so that the next start has
   * FreeSWITCH reload. Resolves with what was done, or undefined when no edit was under way.
   */
  async takeOver(): Promise<string | undefined> {
    const undo = this.underWay;
    if (!undo) return undefined;
    this.intents.keepForNextStart();
    await this.folder.freeze();
    return rollBack(new ConfigFolder(this.folder.root), undo);
  }

  private async begin(undo: Undo): Promise<void> {
    try {
      await this.intents.begin({ root: this.folder.root, startedAt: new Date().toISOString(), undo });
    } catch (error) {
      throw notRecorded(this.intents.path, error as Error);
    }
  }

  private async applyAndReload(edit: ConfigEdit): Promise<CommitOutcome> {
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
      if (again.accepted) return;
      this.logger.warn(`reloadxml after putting the files back: ${again.error}`);
    } catch (error) {
      this.logger.warn(`reloadxml after putting the files back failed: ${(error as Error).message}`);
    }
    this.reloads.reloadOnConnect();
  }

  /** After a failure: makes sure every file is as before, then drops the record (kept if that fails). */
  private async takeBack(undo: Undo): Promise<void> {
    try {
      await rollBack(this.folder, undo);
      await this.intents.end();
    } catch (error) {
      this.notTakenBack = undo;
      this.logger.error(`a failed change could not be taken back: ${(error as Error).message}`);
    }
  }

  /** An earlier change that could not be taken back blocks every later one until it is. */
  private async retryTakingBack(): Promise<void> {
    const undo = this.notTakenBack;
    if (!undo) return;
    try {
      await rollBack(this.folder, undo);
      await this.intents.end();
    } catch (error) {
      throw stillNotTakenBack(error as Error);
    }
    this.notTakenBack = undefined;
    this.reloads.reloadOnConnect();
  }
}
