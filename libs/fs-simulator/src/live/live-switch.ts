import { ConferenceSubcommands } from './conference-subcommands';
import { Conferences } from './conferences';
import { LiveContext, LiveCore } from './live-context';
import { MemberActions } from './member-actions';
import { Registrations } from './registrations';

/** The live state of the simulated switch: conferences with their members, and SIP registrations. */
export class LiveSwitch {
  readonly context: LiveContext;
  readonly conferences: Conferences;
  readonly actions: MemberActions;
  readonly subcommands: ConferenceSubcommands;
  readonly registrations: Registrations;

  constructor(core: LiveCore) {
    this.context = new LiveContext(core);
    this.conferences = new Conferences(this.context);
    this.actions = new MemberActions(this.conferences);
    this.subcommands = new ConferenceSubcommands(this.conferences, this.actions);
    this.registrations = new Registrations(this.context);
  }
}
