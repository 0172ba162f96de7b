/** A member's state flags, named as `conference json_list` names them. */
export interface MemberFlags {
  canHear: boolean;
  canSee: boolean;
  canSpeak: boolean;
  hold: boolean;
  muteDetect: boolean;
  talking: boolean;
  hasVideo: boolean;
  isModerator: boolean;
  endConference: boolean;
  mandatoryMemberEndConference: boolean;
  ghost: boolean;
}

/**
 * conference_utils_set_mflags for the `++flags{a|b}` of the conference application (the caller's
 * conf_flags): a member hears and speaks unless `mute`/`deaf`; `moderator`, `mute-detect`, `endconf`,
 * `mandatory_member_endconf` and `ghost` set their flag; unknown names are ignored.
 */
export function memberFlags(confFlags: string | undefined): MemberFlags {
  const names = new Set(
    (confFlags ?? '')
      .split(/[|,]/)
      .map((name) => name.trim())
      .filter(Boolean),
  );
  return {
    canHear: !names.has('deaf'),
    canSee: !names.has('blind'),
    canSpeak: !names.has('mute'),
    hold: false,
    muteDetect: names.has('mute-detect'),
    talking: false,
    hasVideo: false,
    isModerator: names.has('moderator'),
    endConference: names.has('endconf'),
    mandatoryMemberEndConference: names.has('mandatory_member_endconf'),
    ghost: names.has('ghost'),
  };
}
