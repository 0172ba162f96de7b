import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { XmlStateRebuilt } from '../xml-state/events/xml-state-rebuilt.event';
import { ProvisioningRunner } from './provisioning-runner';

/** Brings the provisioning files up to date after every xmlState rebuild, without holding the rebuild up. */
@EventsHandler(XmlStateRebuilt)
export class ProvisionAfterXmlStateRebuilt implements IEventHandler<XmlStateRebuilt> {
  constructor(private readonly runner: ProvisioningRunner) {}

  handle(): void {
    // The runner logs a failed run; the next rebuild tries again.
    this.runner.request('changes').catch(() => undefined);
  }
}
