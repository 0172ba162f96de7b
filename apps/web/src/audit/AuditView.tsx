import { useCallback, useState } from 'react';
import { auditCsvUrl, listAudit } from '../api/history-api';
import type { AuditQuery } from '../api/history-query';
import { useLoaded } from '../app/use-loaded';
import { DayRangeInputs } from '../ui/DayRangeInputs';
import { PagedTable } from '../ui/PagedTable';
import { SearchField } from '../ui/SearchField';
import { AUDIT_KINDS } from '@fscon/contracts';
import { AuditRow } from './AuditRow';

const COLUMNS = ['Time', 'Actor', 'Kind', 'Subject', 'Change', 'Error'];

/** Who changed what in the configuration, and which writes FreeSWITCH refused; newest first. */
export function AuditView() {
  const [query, setQuery] = useState<AuditQuery>({ actor: '', kind: '', from: '', to: '', page: 1 });
  const load = useCallback(() => listAudit(query), [query]);
  const loaded = useLoaded(load, 'The audit log');
  const filter = (change: Partial<AuditQuery>) => setQuery({ ...query, ...change, page: 1 });

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <div className="filters" role="search" aria-label="Filter audit entries">
        <SearchField label="Actor" value={query.actor} onValue={(actor) => filter({ actor })} />
        <label>
          Kind
          <select value={query.kind} onChange={(event) => filter({ kind: event.target.value })}>
            <option value="">All</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </label>
        <DayRangeInputs range={query} onRange={({ from, to }) => filter({ from, to })} />
        <button type="button" onClick={loaded.reload}>
          Refresh
        </button>
        <a className="button" href={auditCsvUrl(query)} download>
          Download CSV <span className="visually-hidden">of these audit entries</span>
        </a>
      </div>
      <PagedTable
        loaded={loaded}
        noun={{ one: 'entry', many: 'entries' }}
        caption="Audit entries, newest first"
        columns={COLUMNS}
        onPage={(page) => setQuery({ ...query, page })}
      >
        {loaded.data?.entries.map((entry) => (
          <AuditRow key={entry.seq} entry={entry} />
        ))}
      </PagedTable>
    </section>
  );
}
