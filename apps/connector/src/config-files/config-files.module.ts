import { Module } from '@nestjs/common';
import { createConfigFileRenderer } from '@fscon/fs-xml';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AdminJournal } from './admin-journal';
import { ConfigFolder } from './config-folder';
import { CONFIG_FILE_RENDERER, ConfigTransactions } from './config-transactions';
import { ConfigWriter } from './config-writer';
import { readFsXmlTemplates } from './fs-xml-templates';
import { ConfigRecovery } from './recovery/config-recovery';
import { WriteIntentStore } from './recovery/write-intent-store';

/**
 * Changes to FreeSWITCH's configuration folder (`paths.switchConf`): one transaction at a time, each
 * recorded in the static folder (`paths.static`) before it touches a file, files written atomically,
 * reloadxml, rollback when FreeSWITCH refuses, xmlState rebuilt; at start, a change a crash
 * interrupted is taken back; admin writes are journaled (AdminJournal). Needs the global APP_CONFIG, EventSocket, XmlStateReadModel and OwnReloads.
 */
@Module({
  providers: [
    ConfigTransactions,
    AdminJournal,
    ConfigWriter,
    ConfigRecovery,
    {
      provide: ConfigFolder,
      useFactory: (config: AppConfig) => new ConfigFolder(config.paths.switchConf),
      inject: [APP_CONFIG],
    },
    {
      provide: WriteIntentStore,
      useFactory: (config: AppConfig) => new WriteIntentStore(config.paths.static),
      inject: [APP_CONFIG],
    },
    { provide: CONFIG_FILE_RENDERER, useFactory: () => createConfigFileRenderer(readFsXmlTemplates()) },
  ],
  exports: [ConfigTransactions, AdminJournal],
})
export class ConfigFilesModule {}
