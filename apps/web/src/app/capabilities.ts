import type { Context } from '@fscon/contracts';
import type { HistorySource } from '../api/history-api';

/** Where a context reads the directory: the team's API, or the friends' and public views of it. */
export type DirectorySource = 'team' | 'friends' | 'public';

/** What a user of a context may see and do in the dashboard: one codebase, the differences as data. */
export interface Capabilities {
  /** lock, mute all, kick all, recording, invitations, per-member mute and kick (`exec` / `memexec`). */
  controlConferences: boolean;
  /** Invite SIP addresses and numbers, beside directory users. */
  inviteAddresses: boolean;
  directorySource: DirectorySource;
  /** Add, edit and delete users and conferences; see passwords and provisioning behind "show". */
  manageDirectory: boolean;
  /** Which recordings list the context has, if any. */
  recordings?: 'team' | 'friends';
  deleteRecordings: boolean;
  /** Which conference history the context reads, if any. */
  history?: HistorySource;
  /** Read the audit log of configuration changes. */
  audit: boolean;
  /** The contexts the conference filter offers (the ones whose conferences the context can see). */
  conferenceContexts: readonly Context[];
  /** Show the SIP contact address of registrations. */
  seeSipContacts: boolean;
}

export const CAPABILITIES: Readonly<Record<Context, Capabilities>> = {
  team: {
    controlConferences: true,
    inviteAddresses: true,
    directorySource: 'team',
    manageDirectory: true,
    recordings: 'team',
    deleteRecordings: true,
    history: 'team',
    audit: true,
    conferenceContexts: ['team', 'friends', 'public'],
    seeSipContacts: true,
  },
  friends: {
    controlConferences: true,
    inviteAddresses: false,
    directorySource: 'friends',
    manageDirectory: false,
    recordings: 'friends',
    deleteRecordings: true,
    history: 'friends',
    audit: false,
    conferenceContexts: ['friends', 'public'],
    seeSipContacts: false,
  },
  public: {
    controlConferences: false,
    inviteAddresses: false,
    directorySource: 'public',
    manageDirectory: false,
    deleteRecordings: false,
    audit: false,
    conferenceContexts: ['public'],
    seeSipContacts: false,
  },
};

export type Section = 'live' | 'users' | 'conferences' | 'recordings' | 'history' | 'audit' | 'account';

/** The dashboard's sections for a context, in menu order. */
export function sectionsFor(capabilities: Capabilities): Section[] {
  const sections: Section[] = ['live', 'users', 'conferences'];
  if (capabilities.recordings) sections.push('recordings');
  if (capabilities.history) sections.push('history');
  if (capabilities.audit) sections.push('audit');
  sections.push('account');
  return sections;
}
