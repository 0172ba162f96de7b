import { FsCore } from '../core/fs-core';
import { systemMicroClock } from '../events/event-factory';
import { FsEvent } from '../events/fs-event';
import { Calls } from '../live/calls';
import { resolveOptions } from '../options';
import { captureConf, CaptureConf } from './capture-conf';

/** A core on the capture rig's configuration, its control interface and every event it fires. */
export interface LiveCore {
  conf: CaptureConf;
  core: FsCore;
  calls: Calls;
  fired: FsEvent[];
  /** The fired events with this Event-Subclass (and Action, when given). */
  custom(subclass: string, action?: string): FsEvent[];
  remove(): void;
}

export interface LiveCoreOptions {
  /** Global variables other than those of the first captures (sound_prefix ...). */
  variables?: Readonly<Record<string, string>>;
  /** The sound files the captured switch had: by default the conference sounds under the sound prefix. */
  soundFileExists?: (path: string) => boolean;
}

export function liveCore(options: LiveCoreOptions = {}): LiveCore {
  const conf = captureConf(options.variables);
  const conferenceSounds = `${conf.coreVariables.sound_prefix}/conference/`;
  const resolved = resolveOptions({
    confDir: conf.dir,
    env: {},
    coreVariables: conf.coreVariables,
    soundFileExists: options.soundFileExists ?? ((path) => path.startsWith(conferenceSounds)),
  });
  const core = new FsCore({ ...resolved, clock: systemMicroClock });
  const fired: FsEvent[] = [];
  core.bus.subscribe((event) => fired.push(event));
  return {
    conf,
    core,
    calls: new Calls(core.live),
    fired,
    custom: (subclass, action) =>
      fired.filter(
        (e) => e.subclass === subclass && (action === undefined || e.getHeader('Action') === action),
      ),
    remove: () => conf.remove(),
  };
}
