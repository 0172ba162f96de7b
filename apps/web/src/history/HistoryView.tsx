import { useCallback, useRef, useState } from 'react';
import type { ConferenceSession } from '@fscon/contracts';
import { listSessions, sessionsCsvUrl, type HistorySource } from '../api/history-api';
import type { SessionQuery } from '../api/history-query';
import { useLoaded } from '../app/use-loaded';
import { DayRangeInputs } from '../ui/DayRangeInputs';
import { PagedTable } from '../ui/PagedTable';
import { SearchField } from '../ui/SearchField';
import { SessionRow } from './SessionRow';
import { SessionTimeline } from './SessionTimeline';

const COLUMNS = ['Conference', 'Started', 'Duration', 'Peak', 'Participants', 'Recordings', 'Timeline'];

/**
 * Past and running conference sessions, filtered and paged by the server. A session opens as its
 * timeline in place of the list, which keeps its query and page for the way back.
 */
export function HistoryView({ source }: { source: HistorySource }) {
  const [query, setQuery] = useState<SessionQuery>({ name: '', from: '', to: '', page: 1 });
  const [open, setOpen] = useState<ConferenceSession>();
  const opener = useRef<HTMLButtonElement | null>(null);
  const load = useCallback(() => listSessions(source, query), [source, query]);
  const loaded = useLoaded(load, 'The history');
  const filter = (change: Partial<SessionQuery>) => setQuery({ ...query, ...change, page: 1 });

  const close = () => {
    setOpen(undefined);
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Conference history</h2>
      {open && <SessionTimeline source={source} session={open} onClose={close} />}
      <div hidden={open !== undefined}>
        <div className="filters" role="search" aria-label="Filter sessions">
          <SearchField
            label="Conference name or number"
            value={query.name}
            onValue={(name) => filter({ name })}
          />
          <DayRangeInputs range={query} onRange={({ from, to }) => filter({ from, to })} />
          <button type="button" onClick={loaded.reload}>
            Refresh
          </button>
          <a className="button" href={sessionsCsvUrl(source, query)} download>
            Download CSV <span className="visually-hidden">of these sessions</span>
          </a>
        </div>
        <PagedTable
          loaded={loaded}
          noun={{ one: 'session', many: 'sessions' }}
          caption="Conference sessions, newest first"
          columns={COLUMNS}
          onPage={(page) => setQuery({ ...query, page })}
        >
          {loaded.data?.sessions.map((session) => (
            <SessionRow
              key={session.session}
              session={session}
              onOpen={(button) => {
                opener.current = button;
                setOpen(session);
              }}
            />
          ))}
        </PagedTable>
      </div>
    </section>
  );
}
