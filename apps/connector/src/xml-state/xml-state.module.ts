import { Global, Module } from '@nestjs/common';
import { RebuildXmlStateHandler } from './commands/rebuild-xml-state/rebuild-xml-state.handler';
import { OwnReloads } from './own-reloads';
import { XmlStateReadModel } from './xml-state.read-model';
import { XmlStateTriggers } from './xml-state.triggers';

const commandHandlers = [RebuildXmlStateHandler];

/** FreeSWITCH's parsed configuration: read on connect and after every reloadxml. */
@Global()
@Module({
  providers: [XmlStateReadModel, XmlStateTriggers, OwnReloads, ...commandHandlers],
  exports: [XmlStateReadModel, OwnReloads],
})
export class XmlStateModule {}
