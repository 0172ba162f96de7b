import { performance } from 'node:perf_hooks';
import { Inject, Logger, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { XmlState, XmlStateInfo } from '@fscon/contracts';
import type { XmlStateRebuilt } from '@fscon/live-state';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { EventSocket } from '../../../esl/event-socket.port';
import { Journal } from '../../../journal/journal';
import { XmlStateReadModel } from '../../xml-state.read-model';
import { readXmlState } from './read-xml-state';
import { RebuildXmlStateCommand } from './rebuild-xml-state.command';
import { XmlStateMetrics } from '../../../metrics/metrics.ports';
import { NO_METRICS } from '../../../metrics/no-metrics';

const NO_RELOAD: XmlStateInfo['reloadxml'] = { lastrun: '', lastmsg: '' };
const WARNINGS_LOGGED = 5;

/** The journal's record of a rebuild: what the live projection needs, every conference's visibility. */
function xmlStateRebuilt(state: XmlState): XmlStateRebuilt {
  const conferences = state.conferences.map(({ name, num, context, type }) => ({ name, num, context, type }));
  return { type: 'XmlStateRebuilt', data: { conferences } };
}

/**
 * Reads the xmlState from FreeSWITCH and journals each rebuild (`xmlstate.rebuilt`). Rebuilds never overlap: a request that arrives while one runs
 * is answered by one further rebuild after it, shared by every request that arrived meanwhile, so
 * each caller gets a state read after its request.
 */
@CommandHandler(RebuildXmlStateCommand)
export class RebuildXmlStateHandler implements ICommandHandler<RebuildXmlStateCommand, XmlState> {
  private readonly logger = new Logger('XmlState');
  private running: Promise<XmlState> | undefined;
  private queued: Promise<XmlState> | undefined;
  private queuedReload: XmlStateInfo['reloadxml'] | undefined;

  constructor(
    private readonly esl: EventSocket,
    private readonly readModel: XmlStateReadModel,
    private readonly journal: Journal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly metrics: XmlStateMetrics = NO_METRICS,
  ) {}

  execute(command: RebuildXmlStateCommand): Promise<XmlState> {
    if (!this.running) return this.start(command.reloadxml);
    if (command.reloadxml) this.queuedReload = command.reloadxml;
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        const reload = this.queuedReload;
        this.queued = undefined;
        this.queuedReload = undefined;
        return this.start(reload);
      });
    return this.queued;
  }

  private start(reloadxml: XmlStateInfo['reloadxml'] | undefined): Promise<XmlState> {
    const run = this.rebuild(reloadxml).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async rebuild(reloadxml: XmlStateInfo['reloadxml'] | undefined): Promise<XmlState> {
    const previous = this.readModel.current()?.info.reloadxml ?? NO_RELOAD;
    const info: XmlStateInfo = {
      reloadxml: reloadxml ?? previous,
      maintainance: { lastrun: new Date().toISOString() },
    };
    const start = performance.now();
    const took = () => (performance.now() - start) / 1000;
    try {
      const { state, warnings } = await readXmlState(this.esl, this.config.ranges, info);
      this.metrics.rebuilt('ok', took());
      this.readModel.replace(state);
      this.logWarnings(warnings);
      this.journal.append([xmlStateRebuilt(state)]);
      this.logger.log(
        `xmlState read: ${state.users.length} users, ${state.conferences.length} conferences, ` +
          `${state.conferencetypes.length} conference types`,
      );
      return state;
    } catch (error) {
      const message = (error as Error).message;
      this.metrics.rebuilt('failed', took());
      this.readModel.recordRebuildFailure(message);
      this.logger.error(`reading the xmlState failed, keeping the previous one: ${message}`);
      throw error;
    }
  }

  private logWarnings(warnings: string[]): void {
    warnings.slice(0, WARNINGS_LOGGED).forEach((warning) => this.logger.warn(warning));
    if (warnings.length > WARNINGS_LOGGED) {
      this.logger.warn(`${warnings.length - WARNINGS_LOGGED} more warnings about the configuration`);
    }
  }
}
