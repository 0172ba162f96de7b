import { Conference, Recording } from './conference';
import { ConferenceEvents } from './conference-events';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { LiveContext } from './live-context';
import { writeSilentWav } from './wav-file';

/**
 * Conference recordings as conference_record.c makes them: the record thread starts after the command
 * has answered (start-recording), writes the file (here: silence at the profile's rate for the time not
 * paused) and reports stop-recording with the figures of the file.
 */
export class Recorder {
  constructor(
    private readonly live: LiveContext,
    private readonly events: ConferenceEvents,
  ) {}

  start(conference: Conference, path: string): void {
    const recording: Recording = {
      path,
      startedMicros: this.live.now(),
      pausedAtMicros: undefined,
      pausedMicros: 0,
    };
    conference.recordings.unshift(recording);
    writeSilentWav(path, conference.profile.rate, 0);
    this.live.deferred.later(() =>
      this.events.conference(conference, ORIGINS.startRecording, 'start-recording', [['Path', path]]),
    );
  }

  /** Pauses or resumes; false when no such recording runs. */
  pause(conference: Conference, path: string, paused: boolean): boolean {
    const recording = conference.recording(path);
    if (!recording) return false;
    const now = this.live.now();
    if (paused && recording.pausedAtMicros === undefined) recording.pausedAtMicros = now;
    if (!paused && recording.pausedAtMicros !== undefined) {
      recording.pausedMicros += now - recording.pausedAtMicros;
      recording.pausedAtMicros = undefined;
    }
    const action = paused ? 'pause-recording' : 'resume-recording';
    this.events.conference(conference, ORIGINS.pauseRecording, action, [
      ['Path', path],
      ['Other-Recordings', String(conference.recordings.length > 0)],
    ]);
    return true;
  }

  /** Stops one recording (or all with undefined); returns the paths stopped. */
  stop(conference: Conference, path?: string): string[] {
    const stopping = conference.recordings.filter(
      (recording) => path === undefined || recording.path === path,
    );
    for (const recording of stopping) {
      conference.recordings.splice(conference.recordings.indexOf(recording), 1);
      this.finish(conference, recording, this.live.now());
    }
    return stopping.map((recording) => recording.path);
  }

  private finish(conference: Conference, recording: Recording, now: number): void {
    const pausedUntilNow = recording.pausedAtMicros === undefined ? 0 : now - recording.pausedAtMicros;
    const micros = Math.max(0, now - recording.startedMicros - recording.pausedMicros - pausedUntilNow);
    const rate = conference.profile.rate;
    const samples = Math.floor((micros * rate) / 1_000_000);
    const size = writeSilentWav(recording.path, rate, samples);
    this.live.deferred.later(() =>
      this.events.conference(conference, ORIGINS.stopRecording, 'stop-recording', [
        ['Path', recording.path],
        ['Other-Recordings', String(conference.recordings.length > 0)],
        ['Samples-Out', String(samples)],
        ['Samplerate', String(rate)],
        ['Milliseconds-Elapsed', String(Math.floor(micros / 1000))],
        ['Record-File-Size', String(size)],
      ]),
    );
  }
}
