/** The folders the container's start-up reads and writes; tests point them into a temporary folder. */
export interface ContainerPaths {
  /** FreeSWITCH's configuration (a volume), seeded from `shipped` when empty. */
  switchConf: string;
  /** The configuration the image ships (etc-freeswitch/). */
  shipped: string;
  /** Where a Let's Encrypt folder may be mounted: its `live/<domain>/` is read. */
  letsencrypt: string;
  /** fs_cli's configuration file. */
  fsCliConf: string;
}

export const CONTAINER_PATHS: ContainerPaths = {
  switchConf: '/etc/freeswitch',
  shipped: '/app/etc-freeswitch',
  letsencrypt: '/etc-letsencrypt',
  fsCliConf: '/etc/fs_cli.conf',
};

export const tlsFolder = (paths: ContainerPaths): string => `${paths.switchConf}/tls`;

/** Lines for the container's log; `loud` ones are framed so that nobody scrolls past them. */
export interface StartLog {
  info(line: string): void;
  loud(line: string): void;
}
