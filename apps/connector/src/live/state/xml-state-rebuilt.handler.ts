import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { XmlStateRebuilt } from '../../xml-state/events/xml-state-rebuilt.event';
import { LiveProjector } from './live-projector';

/** Every client hears of every xmlState rebuild (`newXML`), whatever changed. */
@EventsHandler(XmlStateRebuilt)
export class LiveXmlStateRebuiltHandler implements IEventHandler<XmlStateRebuilt> {
  constructor(private readonly projector: LiveProjector) {}

  handle(): void {
    this.projector.xmlStateRebuilt();
  }
}
