/** How the simulated FreeSWITCH names its version in `version`, `status` and HEARTBEAT. */
export interface FreeSwitchVersion {
  /** switch_version_full, e.g. 1.11.3-dev+git~20260821T141014Z~cc93a683ca~64bit */
  full: string;
  /** switch_version_full_human, e.g. 1.11.3-dev git cc93a68 2026-08-21 14:10:14Z 64bit */
  fullHuman: string;
  /** switch_version_revision_human, e.g. git cc93a68 2026-08-21 14:10:14Z 64bit */
  revisionHuman: string;
  /** major.minor.micro */
  short: string;
}

/** The build the reference captures were recorded with. */
export const CAPTURED_VERSION: FreeSwitchVersion = {
  full: '1.11.3-dev+git~20260821T141014Z~cc93a683ca~64bit',
  fullHuman: '1.11.3-dev git cc93a68 2026-08-21 14:10:14Z 64bit',
  revisionHuman: 'git cc93a68 2026-08-21 14:10:14Z 64bit',
  short: '1.11.3',
};
