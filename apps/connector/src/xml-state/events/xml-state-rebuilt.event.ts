import type { IEvent } from '@nestjs/cqrs';

/** The xmlState was read anew from FreeSWITCH. */
export class XmlStateRebuilt implements IEvent {
  readonly type = 'XmlStateRebuilt';

  constructor(
    readonly data: {
      users: number;
      conferences: number;
      conferencetypes: number;
      warnings: number;
      at: string;
    },
  ) {}
}
