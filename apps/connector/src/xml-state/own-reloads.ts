import { performance } from 'node:perf_hooks';
import { Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { XmlState } from '@fscon/contracts';
import { EventSocket } from '../esl/event-socket.port';
import { RebuildXmlStateCommand } from './commands/rebuild-xml-state/rebuild-xml-state.command';
import { reloadXml, type ReloadInfo, type ReloadResult } from './reload-xml';
import { XmlStateReadModel } from './xml-state.read-model';
import { XmlStateMetrics } from '../metrics/metrics.ports';
import { NO_METRICS } from '../metrics/no-metrics';

export type Reload = () => Promise<ReloadResult>;

/** How a run ended: what the work returned, the xmlState now, and why the rebuild failed if it did. */
export interface ReloadRun<T> {
  result: T;
  state: XmlState;
  rebuildError?: Error;
}

/**
 * The reloads the connector runs itself, each run followed by exactly one xmlState rebuild. A RELOADXML
 * event that arrives before that rebuild is asked for needs no rebuild of its own, whoever caused the
 * reload: FreeSWITCH fires it once the reload is done, and the rebuild reads a state at least as new.
 */
@Injectable()
export class OwnReloads {
  private readonly logger = new Logger('XmlState');
  private running = 0;
  private reloadDue = false;

  constructor(
    private readonly esl: EventSocket,
    private readonly commandBus: CommandBus,
    private readonly readModel: XmlStateReadModel,
    @Optional() private readonly metrics: XmlStateMetrics = NO_METRICS,
  ) {}

  /** True from the start of a run until its rebuild is asked for. */
  inProgress(): boolean {
    return this.running > 0;
  }

  /**
   * FreeSWITCH may hold a configuration its files no longer have (they were put back while it could
   * not reload): the next connection reloads before reading, unless a reload is accepted before.
   */
  reloadOnConnect(): void {
    this.reloadDue = true;
  }

  /** What a new connection needs: a rebuild, after a reload when one is due. */
  async connected(): Promise<void> {
    if (!this.reloadDue) {
      await this.commandBus.execute(new RebuildXmlStateCommand('connected'));
      return;
    }
    const { result } = await this.run((reload) => reload());
    this.logger.log(`reloadxml on connecting, as the files had been put back: ${result.info.lastmsg}`);
  }

  /**
   * Runs `work`, which has FreeSWITCH reload through `reload` as often as it needs, then rebuilds the
   * xmlState once, recording the outcome of the last reload. When `work` fails, its error is thrown
   * after the rebuild; when the rebuild fails, the last state is kept and the error returned.
   */
  async run<T>(work: (reload: Reload) => Promise<T>): Promise<ReloadRun<T>> {
    let last: ReloadInfo | undefined;
    const reload: Reload = async () => {
      const result = await this.timedReload();
      last = result.info;
      if (result.accepted) this.reloadDue = false;
      return result;
    };
    this.running += 1;
    const worked = Promise.resolve().then(() => work(reload));
    await worked.catch(() => undefined);
    const rebuilt = this.rebuild(last);
    this.running -= 1;
    const rebuild = await rebuilt;
    return { result: await worked, ...rebuild };
  }

  private async timedReload(): Promise<ReloadResult> {
    const start = performance.now();
    const took = () => (performance.now() - start) / 1000;
    try {
      const result = await reloadXml(this.esl);
      this.metrics.reloaded(result.accepted ? 'ok' : 'refused', took());
      return result;
    } catch (error) {
      this.metrics.reloaded('failed', took());
      throw error;
    }
  }

  private rebuild(reloadxml: ReloadInfo | undefined): Promise<{ state: XmlState; rebuildError?: Error }> {
    return this.commandBus.execute(new RebuildXmlStateCommand('reloadxml', reloadxml)).then(
      (state) => ({ state }),
      (error: Error) => {
        this.logger.warn(`xmlState rebuild after reloadxml failed: ${error.message}`);
        return { state: this.readModel.require(), rebuildError: error };
      },
    );
  }
}
