import { Conference, Member } from './conference';
import { ConferenceEvents } from './conference-events';
import { LiveContext } from './live-context';

/**
 * Sound files played into a conference or to one member, as mod_conference plays them: a name that is
 * not an absolute path or a URL (`tone_stream://...`) is looked for under the sound prefix; a file
 * FreeSWITCH cannot open does not play.
 */
export class Playback {
  constructor(
    private readonly live: LiveContext,
    private readonly events: ConferenceEvents,
  ) {}

  /** The path FreeSWITCH opens for a file name. */
  path(file: string): string {
    if (file.startsWith('/') || file.includes('://')) return file;
    return `${this.live.variable('sound_prefix') ?? ''}/${file}`;
  }

  /**
   * conference_file_play: a file it cannot open is a play-file with `Error` at once; one it can plays,
   * and its play-file-done comes after the command. Whether the file plays.
   */
  toConference(conference: Conference, file: string): boolean {
    const path = this.path(file);
    if (!this.opens(path)) {
      this.events.playFile(conference, path, false);
      return false;
    }
    this.live.deferred.later(() => this.events.fileDone(conference, path));
    return true;
  }

  /** conference_member_play_file: a file it cannot open is passed over without a word. Whether it plays. */
  toMember(conference: Conference, member: Member, file: string): boolean {
    const path = this.path(file);
    if (!this.opens(path)) return false;
    this.live.deferred.later(() => this.events.fileDone(conference, path, member));
    return true;
  }

  private opens(path: string): boolean {
    return path.includes('://') || this.live.core.soundFileExists(path);
  }
}
