import { useState } from 'react';
import type { Conference, LiveConference } from '@fscon/contracts';
import { addConferences, delConferences, modConferences } from '../api/directory-api';
import type { Capabilities } from '../app/capabilities';
import { CallButton } from '../phone/CallButton';
import { ConferenceEditor } from './ConferenceEditor';
import { EditDeleteActions } from './EditDeleteActions';
import { FilterBar } from './FilterBar';
import { filterConferences, type ConferenceQuery } from './filters';
import type { DirectoryState } from './use-directory';
import { useDirectoryWrite } from './use-directory-write';
import { WriteOutcome } from './WriteOutcome';

interface Props {
  capabilities: Capabilities;
  directory: DirectoryState;
  running: Readonly<Record<string, LiveConference>>;
}

export function ConferencesView({ capabilities, directory, running }: Props) {
  const [query, setQuery] = useState<ConferenceQuery>({ text: '', context: 'all', type: 'all' });
  const { editing, setEditing, result, error, write } = useDirectoryWrite<Conference, Conference>(directory);
  const { conferences, types } = directory.directory;
  const shown = filterConferences(conferences, query);
  const manage = capabilities.manageDirectory;

  return (
    <section aria-labelledby="conferences-title">
      <h2 id="conferences-title">Conferences</h2>
      <FilterBar
        label="Filter conferences"
        text={query.text}
        onText={(text) => setQuery({ ...query, text })}
        contexts={capabilities.conferenceContexts}
        context={query.context}
        onContext={(context) => setQuery({ ...query, context })}
      >
        <label>
          Type
          <select value={query.type} onChange={(event) => setQuery({ ...query, type: event.target.value })}>
            <option value="all">All</option>
            {types.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </label>
      </FilterBar>
      {manage && editing === undefined && (
        <button type="button" onClick={() => setEditing('new')}>
          Add conference
        </button>
      )}
      {editing !== undefined && (
        <ConferenceEditor
          key={editing === 'new' ? 'new' : editing.num}
          conference={editing === 'new' ? undefined : editing}
          types={types}
          contexts={capabilities.conferenceContexts}
          onCancel={() => setEditing(undefined)}
          onSubmit={(change) =>
            write(() => ('num' in change ? modConferences([change]) : addConferences([change])))
          }
        />
      )}
      <WriteOutcome
        result={result}
        describe={(c) => `${String(c.name ?? c.num)} (${String(c.num ?? 'new')})`}
      />
      <div role="alert">
        {(error ?? directory.error) && <p className="notice error">{error ?? directory.error}</p>}
      </div>
      <p role="status">
        {directory.loading ? 'Loading…' : `${shown.length} of ${conferences.length} conferences`}
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Conferences</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Number</th>
              <th scope="col">Type</th>
              <th scope="col">Context</th>
              <th scope="col">Now</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((conference) => {
              const live = running[conference.name];
              return (
                <tr key={conference.num}>
                  <th scope="row">{conference.name}</th>
                  <td>{conference.num}</td>
                  <td>{conference.type}</td>
                  <td>{conference.context}</td>
                  <td>
                    <span className={`badge ${live ? 'state-connected' : 'state-idle'}`}>
                      {live ? `Running, ${live.memcount} in` : 'Idle'}
                    </span>
                  </td>
                  <td>
                    <div className="actions">
                      <CallButton target={conference.num} name={conference.name} />
                      {manage && (
                        <EditDeleteActions
                          name={conference.name}
                          question={`Delete conference ${conference.name} (${conference.num})?`}
                          confirm="Delete conference"
                          onEdit={() => setEditing(conference)}
                          onDelete={() => write(() => delConferences([conference.num]))}
                        />
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
