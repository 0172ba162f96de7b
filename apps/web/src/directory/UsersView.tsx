import { useState } from 'react';
import type { User } from '@fscon/contracts';
import { addUsers, delUsers, modUsers, type DirectoryUser, type WriteResponse } from '../api/directory-api';
import type { Capabilities } from '../app/capabilities';
import { describe } from '../auth/use-session';
import { FilterBar } from './FilterBar';
import { filterUsers, type UserQuery } from './filters';
import type { DirectoryState } from './use-directory';
import { UserEditor } from './UserEditor';
import { UserRow } from './UserRow';
import { WriteOutcome } from './WriteOutcome';

interface Props {
  capabilities: Capabilities;
  directory: DirectoryState;
  /** Ids of the users with at least one registration. */
  online: ReadonlySet<string>;
}

const ALL_CONTEXTS = ['team', 'friends', 'public'] as const;

export function UsersView({ capabilities, directory, online }: Props) {
  const [query, setQuery] = useState<UserQuery>({ text: '', context: 'all' });
  const [editing, setEditing] = useState<DirectoryUser | 'new'>();
  const [result, setResult] = useState<WriteResponse<User>>();
  const [error, setError] = useState<string>();
  const users = filterUsers(directory.directory.users, query);
  const manage = capabilities.manageDirectory;

  const write = async (action: () => Promise<WriteResponse<User>>) => {
    setError(undefined);
    try {
      setResult(await action());
      setEditing(undefined);
      directory.reload();
    } catch (failure) {
      setError(describe(failure));
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <FilterBar
        label="Filter users"
        text={query.text}
        onText={(text) => setQuery({ ...query, text })}
        contexts={ALL_CONTEXTS}
        context={query.context}
        onContext={(context) => setQuery({ ...query, context })}
      />
      {manage && editing === undefined && (
        <button type="button" onClick={() => setEditing('new')}>
          Add user
        </button>
      )}
      {editing !== undefined && (
        <UserEditor
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onSubmit={(change) => write(() => ('id' in change ? modUsers([change]) : addUsers([change])))}
        />
      )}
      <WriteOutcome
        result={result}
        describe={(user) => `${String(user.name ?? user.id)} (${String(user.id ?? 'new')})`}
      />
      <div role="alert">
        {(error ?? directory.error) && <p className="notice error">{error ?? directory.error}</p>}
      </div>
      <p role="status">
        {directory.loading ? 'Loading…' : `${users.length} of ${directory.directory.users.length} users`}
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Number</th>
              <th scope="col">Context</th>
              {capabilities.directorySource !== 'public' && <th scope="col">Email</th>}
              <th scope="col">Phone</th>
              {manage && <th scope="col">Login</th>}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                capabilities={capabilities}
                online={online.has(user.id)}
                onEdit={() => setEditing(user)}
                onDelete={() => write(() => delUsers([user.id]))}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
