import type { EslEventRecord } from '../model/esl-event-record';
import type { LiveEvent } from '../model/live-event';
import { translateConferenceMaintenance } from './conference-maintenance';
import { translateSofiaEvent } from './sofia-registration';
import type { TranslationContext } from './translation-context';

/**
 * The domain events an Event Socket event means for the live state; none for the many events that do
 * not concern it (channel events, API, BACKGROUND_JOB, HEARTBEAT, ...). Never throws.
 */
export function translateEslEvent(event: EslEventRecord, context: TranslationContext): LiveEvent[] {
  if (event.name !== 'CUSTOM') {
    return [];
  }
  const subclass = event.subclass ?? event.headers['Event-Subclass'] ?? '';
  if (subclass === 'conference::maintenance') {
    return translateConferenceMaintenance(event.headers, context);
  }
  if (subclass.startsWith('sofia::')) {
    return translateSofiaEvent(subclass, event.headers);
  }
  return [];
}
