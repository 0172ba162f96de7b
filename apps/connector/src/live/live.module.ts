import { Global, Module, type Provider } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import { Journal } from '../journal/journal';
import { JournalModule } from '../journal/journal.module';
import { DeltaFanout } from './fanout/delta-fanout';
import { TurnBatches } from './fanout/turn-batches';
import { LiveGateway } from './gateway/live-gateway';
import { LiveLogin } from './gateway/live-login';
import { LiveRequests } from './gateway/live-requests';
import { ConnectionJournal } from './intake/connection-journal';
import { LiveIntake } from './intake/live-intake';
import { TalkingThrottle } from './intake/talking-throttle';
import { LiveResync } from './intake/live-resync';
import { LIVE_OPTIONS, liveOptionsFrom, type LiveOptions } from './live-options';
import { LiveDirectory } from './state/live-directory';
import { LiveMetrics } from '../metrics/metrics.ports';
import { LiveProjector } from './state/live-projector';
import { LiveStateReadModel } from './state/live-state.read-model';

const options: Provider[] = [
  { provide: LIVE_OPTIONS, useFactory: liveOptionsFrom, inject: [APP_CONFIG] },
  {
    provide: TurnBatches,
    useFactory: (metrics?: LiveMetrics) => new TurnBatches(metrics),
    inject: [{ token: LiveMetrics, optional: true }],
  },
  {
    provide: DeltaFanout,
    useFactory: (live: LiveOptions, batches: TurnBatches, journal: Journal, metrics?: LiveMetrics) =>
      new DeltaFanout(batches, live.replay, journal.seq, metrics),
    inject: [LIVE_OPTIONS, TurnBatches, Journal, { token: LiveMetrics, optional: true }],
  },
];
const readModels = [LiveStateReadModel, LiveDirectory];
const projectors = [LiveProjector];
const intake = [LiveIntake, TalkingThrottle, LiveResync, ConnectionJournal];
const gateway = [LiveLogin, LiveRequests, LiveGateway];

/**
 * The live state: Event Socket events through the journal into the live read model, deltas fanned
 * out to the /api/live sockets, rebuilt from FreeSWITCH on every (re)connect. Global, so the
 * conference controls can read the state (LiveStateReadModel) and append to the journal, and the
 * readiness probe can ask whether it is synced (LiveResync).
 */
@Global()
@Module({
  imports: [JournalModule],
  providers: [...options, ...readModels, ...projectors, ...intake, ...gateway],
  exports: [LiveStateReadModel, LiveResync, JournalModule],
})
export class LiveModule {}
