import type { UserInfoResponse } from '@fscon/contracts';
import { AccountView } from '../account/AccountView';
import { AuditView } from '../audit/AuditView';
import { LiveSection } from '../conferences/LiveSection';
import { ConferencesView } from '../directory/ConferencesView';
import type { DirectoryState } from '../directory/use-directory';
import { UsersView } from '../directory/UsersView';
import { HistoryView } from '../history/HistoryView';
import type { LiveClient, LiveSnapshot } from '../live/live-client';
import { RecordingsView } from '../recordings/RecordingsView';
import type { Capabilities, Section } from './capabilities';

interface Props {
  section: Section;
  capabilities: Capabilities;
  client: LiveClient;
  live: LiveSnapshot;
  directory: DirectoryState;
  online: ReadonlySet<string>;
  info?: UserInfoResponse;
}

export function SectionContent({ section, capabilities, client, live, directory, online, info }: Props) {
  switch (section) {
    case 'live':
      return (
        <LiveSection
          capabilities={capabilities}
          client={client}
          snapshot={live}
          names={directory.names}
          targets={directory.directory.conferences.map((conference) => conference.name)}
        />
      );
    case 'users':
      return <UsersView capabilities={capabilities} directory={directory} online={online} />;
    case 'conferences':
      return (
        <ConferencesView capabilities={capabilities} directory={directory} running={live.view.conferences} />
      );
    case 'recordings':
      return capabilities.recordings ? (
        <RecordingsView kind={capabilities.recordings} canDelete={capabilities.deleteRecordings} />
      ) : null;
    case 'history':
      return capabilities.history ? <HistoryView source={capabilities.history} /> : null;
    case 'audit':
      return capabilities.audit ? <AuditView /> : null;
    case 'account':
      return <AccountView info={info} />;
    default: {
      const unhandled: never = section;
      return unhandled;
    }
  }
}

export const SECTION_TITLES: Record<Section, string> = {
  live: 'Live',
  users: 'Users',
  conferences: 'Conferences',
  recordings: 'Recordings',
  history: 'History',
  audit: 'Audit',
  account: 'Account',
};
