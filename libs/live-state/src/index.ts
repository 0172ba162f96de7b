export type { EslEventRecord } from './model/esl-event-record';
export {
  EMPTY_LIVE_STATE,
  MEMBER_AUDIO_DEFAULTS,
  emptyConference,
  registrationKey,
  type ConferenceState,
  type LiveState,
  type Member,
  type Recording,
  type Registration,
  type RegistrationRef,
} from './model/live-state';
export {
  MODERATOR_CONTROLS,
  isModeratorControl,
  type LiveEvent,
  type LiveEventOf,
  type LiveEventType,
  type ModeratorControl,
  type ModeratorKey,
  type RegistrationRemovalReason,
} from './model/live-event';
export { WITHOUT_DIRECTORY, type TranslationContext } from './translate/translation-context';
export { translateEslEvent } from './translate/translate-esl-event';
export { evolve, evolveAll } from './evolve/evolve';
export { LiveSnapshotError, type SnapshotResult } from './snapshot/snapshot-json';
export { parseConferenceList } from './snapshot/parse-conference-list';
export { parseRegistrations } from './snapshot/parse-registrations';
export type { ClientConference, LiveClientMessage, LiveDelta, NoMember } from './project/client-messages';
export {
  EVERYBODY,
  UNLISTED_CONFERENCE,
  conferenceAudience,
  conferenceLookup,
  type ConferenceInfo,
  type ConferenceLookup,
} from './project/conference-lookup';
export { toClientConference, visibleConferences } from './project/client-conference';
export { projectLiveEvent, projectLiveEvents, type LiveProjection } from './project/project-live-event';
export { diffLiveStates } from './reconcile/diff-live-states';
export type { ConferenceVisibility, LiveJournalEvent, XmlStateRebuilt } from './model/live-journal-event';
export { registrationRebuildSteps } from './reconcile/registration-steps';
export {
  DELTAS_PER_ENTRY,
  entryOfDelta,
  firstDeltaSeq,
  numberDeltas,
  type NumberedDelta,
} from './replay/delta-seq';
export { EMPTY_LIVE_VIEW, evolveLiveView, projectLiveView, type LiveView } from './replay/live-view';
export {
  missedDeltas,
  restoreLiveView,
  type JournaledLiveEvent,
  type JournalStretch,
  type SentDelta,
} from './replay/replay-journal';
export {
  NO_TALKERS,
  TALKING_WINDOW_MS,
  coalesceTalking,
  flushTalking,
  nextTalkingFlush,
  type Coalesced,
  type TalkingCoalescence,
} from './coalesce/talking-coalescer';
