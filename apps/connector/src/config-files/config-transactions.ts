import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { XmlState } from '@fscon/contracts';
import type { ConfigFileRenderer } from '@fscon/fs-xml';
import { DomainError } from '../common/domain-error';
import { XmlStateReadModel } from '../xml-state/xml-state.read-model';
import { renderChanges, type ConfigChange } from './config-change';
import { fileChangesEdit, type ConfigEdit } from './config-edit';
import { ConfigFolder } from './config-folder';
import { ConfigWriter, type CommitOutcome } from './config-writer';
import { Mutex } from './mutex';

export const CONFIG_FILE_RENDERER = Symbol('CONFIG_FILE_RENDERER');

/**
 * How long a shutdown waits for the transaction under way before it takes the change back itself:
 * with that taking well under a second, the process is gone within 10 s of being told to stop.
 */
export const SHUTDOWN_WAIT_MS = 7000;

/** What a unit of work may use while it holds the configuration. */
export interface ConfigTransaction {
  /** The xmlState when the transaction started: every earlier change is in it. */
  readonly state: XmlState;
  readonly folder: ConfigFolder;
  /** Writes the files behind the changes, then as commit; no changes, no reload. */
  commitChanges(changes: readonly ConfigChange[]): Promise<CommitOutcome>;
  /** Commits the edit as ConfigWriter.commit does. */
  commit(edit: ConfigEdit): Promise<CommitOutcome>;
}

/**
 * The one way to change FreeSWITCH's configuration: one transaction at a time, in arrival order, so
 * each one decides on the state every earlier one left (no id is handed out twice). When the
 * application stops, none starts any more and the one under way finishes or is taken back.
 */
@Injectable()
export class ConfigTransactions implements OnModuleDestroy {
  private readonly logger = new Logger('ConfigFiles');
  private readonly mutex = new Mutex();
  private underWay: Promise<unknown> | undefined;
  private stopping = false;
  /** SHUTDOWN_WAIT_MS, shorter in tests. */
  shutdownWaitMs = SHUTDOWN_WAIT_MS;

  constructor(
    private readonly xmlState: XmlStateReadModel,
    private readonly folder: ConfigFolder,
    private readonly writer: ConfigWriter,
    @Inject(CONFIG_FILE_RENDERER) private readonly renderer: ConfigFileRenderer,
  ) {}

  run<T>(work: (tx: ConfigTransaction) => Promise<T>): Promise<T> {
    return this.mutex.run(() => {
      const task = this.transaction(work);
      this.underWay = task;
      return task.finally(() => (this.underWay = undefined));
    });
  }

  /** Refuses new transactions, then waits for the one under way; takes it back if that takes too long. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    const underWay = this.underWay;
    if (!underWay) return;
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([
      underWay.then(
        () => true,
        () => true,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), this.shutdownWaitMs))),
    ]);
    clearTimeout(timer);
    if (ended) return;
    const done = await this.writer.takeOver();
    if (done) {
      this.logger.warn(
        `stopping: the change under way did not end within ${this.shutdownWaitMs} ms and was taken back ` +
          `(${done}); FreeSWITCH reloads at the next start`,
      );
    }
  }

  private async transaction<T>(work: (tx: ConfigTransaction) => Promise<T>): Promise<T> {
    let open = true;
    const ensureOpen = () => {
      if (!open) throw new Error('the configuration transaction has already ended');
      if (this.stopping)
        throw new DomainError('CONFIG.NOT_READY', 'the connector is stopping; nothing was changed');
    };
    ensureOpen();
    const tx: ConfigTransaction = {
      state: this.xmlState.require(),
      folder: this.folder,
      commitChanges: (changes) => {
        ensureOpen();
        if (changes.length === 0) return Promise.resolve({ accepted: true, changed: false, state: tx.state });
        return this.writer.commit(fileChangesEdit(this.folder, renderChanges(changes, this.renderer)));
      },
      commit: (edit) => {
        ensureOpen();
        return this.writer.commit(edit);
      },
    };
    try {
      return await work(tx);
    } finally {
      open = false;
    }
  }
}
