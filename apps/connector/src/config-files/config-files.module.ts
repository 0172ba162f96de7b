import { Module } from '@nestjs/common';
import { createConfigFileRenderer } from '@fscon/fs-xml';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigFolder } from './config-folder';
import { CONFIG_FILE_RENDERER, ConfigTransactions } from './config-transactions';
import { readFsXmlTemplates } from './fs-xml-templates';

/**
 * Changes to FreeSWITCH's configuration folder (`paths.switchConf`): one transaction at a time, files
 * written atomically, reloadxml, rollback when FreeSWITCH refuses, xmlState rebuilt. Needs the global
 * APP_CONFIG, EventSocket, XmlStateReadModel and OwnReloads.
 */
@Module({
  providers: [
    ConfigTransactions,
    {
      provide: ConfigFolder,
      useFactory: (config: AppConfig) => new ConfigFolder(config.paths.switchConf),
      inject: [APP_CONFIG],
    },
    { provide: CONFIG_FILE_RENDERER, useFactory: () => createConfigFileRenderer(readFsXmlTemplates()) },
  ],
  exports: [ConfigTransactions],
})
export class ConfigFilesModule {}
