import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiDocsModule } from './api-docs/api-docs.module';
import { AuthModule } from './auth/auth.module';
import { CallerModule } from './caller/caller.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DialplanModule } from './dialplan/dialplan.module';
import { DirectoryModule } from './directory/directory.module';
import { EslModule } from './esl/esl.module';
import { EventSocketLagModule } from './esl/lag/event-socket-lag.module';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { InfoModule } from './info/info.module';
import { LiveControlModule } from './live/commands/live-control.module';
import { LiveModule } from './live/live.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { MetricsModule } from './metrics/metrics.module';
import { ProvisioningModule } from './provisioning/provisioning.module';
import { RecordingsModule } from './recordings/recordings.module';
import { SessionModule } from './session/session.module';
import { WebModule } from './web/web.module';
import { XmlStateModule } from './xml-state/xml-state.module';
import { XmlStateReadModel } from './xml-state/xml-state.read-model';

/** The connector: every feature module over one validated configuration. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        MetricsModule.forRoot(config.metrics),
        CqrsModule.forRoot(),
        EslModule.forRootAsync({
          useFactory: (appConfig: AppConfig) => appConfig.freeswitch,
          inject: [APP_CONFIG],
        }),
        EventSocketLagModule,
        XmlStateModule,
        AuthModule.forRoot({ directory: { useExisting: XmlStateReadModel } }),
        SessionModule.forRoot({ directory: { useExisting: XmlStateReadModel } }),
        LiveModule,
        ProvisioningModule,
        DirectoryModule,
        DialplanModule,
        InfoModule,
        LiveControlModule,
        MaintenanceModule,
        CallerModule,
        RecordingsModule,
        HistoryModule,
        HealthModule,
        WebModule.forRoot(),
        ApiDocsModule,
      ],
    };
  }
}
