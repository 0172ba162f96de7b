import { Command } from '@nestjs/cqrs';
import type { XmlState, XmlStateInfo } from '@fscon/contracts';

export type RebuildReason = 'connected' | 'reloadxml';

/** Read the configuration from FreeSWITCH again and replace the xmlState with it. */
export class RebuildXmlStateCommand extends Command<XmlState> {
  constructor(
    readonly reason: RebuildReason,
    /** The outcome of the reloadxml that caused this rebuild, when there was one. */
    readonly reloadxml?: XmlStateInfo['reloadxml'],
  ) {
    super();
  }
}
