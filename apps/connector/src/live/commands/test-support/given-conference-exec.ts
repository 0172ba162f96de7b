import type { User } from '@fscon/contracts';
import type { LiveEvent } from '@fscon/live-state';
import { byUser } from '../control-caller';
import { ConferenceExecCommand } from '../conference-exec/conference-exec.command';
import { ConferenceExecHandler } from '../conference-exec/conference-exec.handler';
import { EVERY_CONFERENCE, liveControlHarness, TEAM } from './live-control.fixture';

/** Given these live events: `when(call, conference, caller)` runs a ConferenceExecCommand. */
export function givenConferenceExec(events: LiveEvent[] = EVERY_CONFERENCE) {
  const harness = liveControlHarness(events);
  const handler = new ConferenceExecHandler(
    harness.live,
    harness.xmlState,
    harness.control,
    harness.invitations,
  );
  const when = (call: string, conference = 'team_g722', caller: User = TEAM, target?: string) =>
    handler.execute(new ConferenceExecCommand(byUser(caller), conference, call, { target }));
  return { ...harness, when };
}
