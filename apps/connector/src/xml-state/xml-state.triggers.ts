import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { filter, merge, map, type Subscription } from 'rxjs';
import { EventSocket } from '../esl/event-socket.port';
import { RebuildXmlStateCommand } from './commands/rebuild-xml-state/rebuild-xml-state.command';
import { OwnReloads } from './own-reloads';

/**
 * Rebuilds the xmlState when the Event Socket (re)connects (first reloading when OwnReloads says a
 * reload is due) and after every successful reloadxml,
 * whoever issued it: FreeSWITCH fires RELOADXML only when the new configuration was accepted. A
 * RELOADXML during one of the connector's own reloads is left to the rebuild that follows those.
 */
@Injectable()
export class XmlStateTriggers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('XmlState');
  private subscription: Subscription | undefined;

  constructor(
    private readonly esl: EventSocket,
    private readonly commandBus: CommandBus,
    private readonly ownReloads: OwnReloads,
  ) {}

  onApplicationBootstrap(): void {
    const connected = this.esl.connection$.pipe(
      filter((state) => state === 'connected'),
      map(() => ({ reason: 'connecting', rebuild: () => this.ownReloads.connected() })),
    );
    const reloaded = this.esl.events$.pipe(
      filter((event) => event.name === 'RELOADXML' && !this.ownReloads.inProgress()),
      map(() => ({ reason: 'reloadxml', rebuild: () => this.rebuildAfterReload() })),
    );
    this.subscription = merge(connected, reloaded).subscribe(({ reason, rebuild }) => {
      rebuild().catch((error: Error) => {
        this.logger.warn(`xmlState rebuild after ${reason} failed: ${error.message}`);
      });
    });
  }

  private async rebuildAfterReload(): Promise<void> {
    const reload = { lastrun: new Date().toISOString(), lastmsg: '+OK [Success]' };
    await this.commandBus.execute(new RebuildXmlStateCommand('reloadxml', reload));
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
