import { printCJson } from './cjson';
import { Conference, Member } from './conference';
import { listMembers, conferenceJson } from './conference-listing';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { Conferences } from './conferences';
import { MemberActions } from './member-actions';
import { MemberSettings } from './member-settings';

type MemberCommand = (conference: Conference, member: Member) => string;

const SYNTAX: Record<string, string> = {
  kick: 'kick <[member_id|all|last|non_moderator]> [<optional sound file>]',
  mute: 'mute <[member_id|all]|last|non_moderator> [<quiet>]',
  unmute: 'unmute <[member_id|all]|last|non_moderator> [<quiet>]',
  play: 'play <file_path> [async|<member_id> [nomux]]',
  deaf: 'deaf <[member_id|all]|last|non_moderator>',
  undeaf: 'undeaf <[member_id|all]|last|non_moderator>',
  volume_in: 'volume_in <member_id|all|last|non_moderator> [<newval>]',
  volume_out: 'volume_out <member_id|all|last|non_moderator> [<newval>]',
  energy: 'energy <member_id|all|last|non_moderator> [<newval>]',
  transfer: 'transfer <conference_name> <member id> [...<member id>]',
  pin: 'pin <pin#>',
  recording: 'recording [start|stop|check|pause|resume] [<filename>|all]',
};

/** The per-conference sub-commands of `conference <name> ...` the simulator carries out. */
export class ConferenceSubcommands {
  private readonly settings: MemberSettings;

  constructor(
    private readonly conferences: Conferences,
    private readonly actions: MemberActions,
  ) {
    this.settings = new MemberSettings(conferences);
  }

  /** The output of `conference <name> <argv...>`, or undefined for a sub-command it does not know. */
  run(conference: Conference, argv: string[]): string | undefined {
    const [command = '', target, extra] = argv;
    switch (command.toLowerCase()) {
      case 'list':
        return listMembers(conference);
      case 'json_list':
        return printCJson([conferenceJson(conference, this.conferences.live.now())]);
      case 'lock':
      case 'unlock':
        return this.lock(conference, command.toLowerCase() === 'lock');
      case 'mute':
        return this.forMembers(
          conference,
          'mute',
          target,
          (c, m) => (this.actions.mute(c, m), `+OK mute ${m.id}\n`),
        );
      case 'unmute':
        return this.forMembers(
          conference,
          'unmute',
          target,
          (c, m) => (this.actions.unmute(c, m, extra === 'quiet'), `+OK unmute ${m.id}\n`),
        );
      case 'kick':
        return this.forMembers(
          conference,
          'kick',
          target,
          (c, m) => (this.actions.kick(c, m), `+OK kicked ${m.id}\n`),
        );
      case 'transfer':
        return this.transfer(conference, target, argv.slice(2));
      case 'pin':
        if (target === undefined) return `-ERR Invalid parameters:\n${SYNTAX.pin}`;
        conference.pin = target;
        return `+OK Pin for conference ${conference.name} set: ${target}\n`;
      case 'nopin':
        conference.pin = '';
        return `+OK Pin for conference ${conference.name} deleted\n`;
      case 'play':
        if (target === undefined) return SYNTAX.play;
        return extra === undefined || extra === 'async'
          ? this.play(conference, target)
          : this.playToMember(conference, target, extra);
      case 'deaf':
      case 'undeaf': {
        const deaf = command.toLowerCase() === 'deaf';
        return this.forMembers(conference, command.toLowerCase(), target, (c, m) =>
          this.settings.deaf(c, m, deaf),
        );
      }
      case 'volume_in':
      case 'volume_out': {
        const direction = command.toLowerCase() === 'volume_in' ? 'in' : 'out';
        return this.forMembers(conference, command.toLowerCase(), target, (c, m) =>
          this.settings.volume(c, m, direction, extra),
        );
      }
      case 'energy':
        return this.forMembers(conference, 'energy', target, (c, m) => this.settings.energy(c, m, extra));
      case 'recording':
        return this.recording(conference, target, extra);
      default:
        return undefined;
    }
  }

  private forMembers(
    conference: Conference,
    name: string,
    target: string | undefined,
    command: MemberCommand,
  ): string {
    const members = conference.members;
    if (target === undefined) return SYNTAX[name];
    switch (target.toLowerCase()) {
      case 'all':
        return members.map((member) => command(conference, member)).join('');
      case 'non_moderator':
        return members
          .filter((m) => !m.flags.isModerator)
          .map((m) => command(conference, m))
          .join('');
      case 'last': {
        const last = [...members].sort((a, b) => b.id - a.id)[0];
        return last ? command(conference, last) : '';
      }
    }
    const id = Number.parseInt(target, 10);
    if (!(id > 0)) return SYNTAX[name];
    const member = conference.member(id);
    return member ? command(conference, member) : `-ERR Non-Existant ID ${id}\n`;
  }

  /** Moves each member named to the target (`name` or `name@profile`); the conference is left alone if none is found. */
  private transfer(conference: Conference, target: string | undefined, ids: string[]): string {
    if (target === undefined || ids.length === 0) return SYNTAX.transfer;
    return ids
      .map((id) => {
        const member = conference.member(Number.parseInt(id, 10));
        if (!member) return `-ERR No Member ${id} in conference ${conference.name}.\n`;
        this.conferences.transfer(conference, member, target);
        return `+OK Member '${member.id}' sent to conference ${target}.\n`;
      })
      .join('');
  }

  /** A member that is not there, or a file that cannot be opened, is an error without an event. */
  private playToMember(conference: Conference, file: string, id: string): string {
    const member = conference.member(Number.parseInt(id, 10));
    if (!member) return `-ERR Member: ${id} not found.\n${SYNTAX.play}`;
    return this.settings.playTo(conference, member, file);
  }

  /** The profile's is-locked-sound (is-unlocked-sound) is tried first, then the lock and its event. */
  private lock(conference: Conference, locked: boolean): string {
    this.conferences.playSound(conference, locked ? 'is-locked-sound' : 'is-unlocked-sound');
    conference.locked = locked;
    const action = locked ? 'lock' : 'unlock';
    this.conferences.events.conference(conference, locked ? ORIGINS.lock : ORIGINS.unlock, action);
    return `+OK ${conference.name} ${action}ed\n`;
  }

  /** A file FreeSWITCH cannot open is reported by conference_file_play alone (play-file with Error). */
  private play(conference: Conference, file: string): string {
    if (!this.conferences.playback.toConference(conference, file))
      return `-ERR (play) File: ${file} not found.\n`;
    this.conferences.notePlayed(conference.name, file);
    this.conferences.events.playFile(conference, file, true);
    return `+OK (play) Playing file ${file}\n`;
  }

  private recording(conference: Conference, action: string | undefined, file: string | undefined): string {
    const recorder = this.conferences.recorder;
    const verb = action?.toLowerCase();
    if (verb === 'check' || (verb === 'stop' && file === undefined)) {
      return verb === 'check' ? this.check(conference) : this.stop(conference, 'all');
    }
    if (file === undefined) return SYNTAX.recording;
    switch (verb) {
      case 'start': {
        const running = conference.recording(file);
        if (running) return `-ERR file [${running.path}] is already being used for recording.\n`;
        recorder.start(conference, file);
        return `+OK Record file ${file}\n`;
      }
      case 'stop':
        return this.stop(conference, file);
      case 'pause':
      case 'resume': {
        const reply = `+OK ${verb === 'pause' ? 'Pause' : 'Resume'} recording file ${file}\n`;
        return recorder.pause(conference, file, verb === 'pause')
          ? reply
          : `${reply}-ERR non-existant recording '${file}'\n`;
      }
      default:
        return SYNTAX.recording;
    }
  }

  private check(conference: Conference): string {
    if (conference.recordings.length === 0) return '-ERR Conference is not being recorded.\n';
    return conference.recordings.map((recording) => `+OK Record file ${recording.path}\n`).join('');
  }

  /** The record threads stop after the command has counted, so FreeSWITCH always reports 0 files. */
  private stop(conference: Conference, file: string): string {
    const all = file.toLowerCase() === 'all';
    const stopped = this.conferences.recorder.stop(conference, all ? undefined : file);
    const lines = stopped.map((path) => `Stopped recording file ${path}\n`).join('');
    const missing = stopped.length === 0 && !all ? `-ERR non-existant recording '${file}'\n` : '';
    return `${lines}${missing}+OK Stopped recording 0 files\n`;
  }
}
