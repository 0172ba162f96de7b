import { useState } from 'react';
import { CONTEXTS, type User } from '@fscon/contracts';
import { addUsers, delUsers, modUsers, type DirectoryUser } from '../api/directory-api';
import type { Capabilities } from '../app/capabilities';
import { FilterBar } from './FilterBar';
import { filterUsers, type UserQuery } from './filters';
import type { DirectoryState } from './use-directory';
import { UserEditor } from './UserEditor';
import { UserRow } from './UserRow';
import { useDirectoryWrite } from './use-directory-write';
import { WriteOutcome } from './WriteOutcome';

interface Props {
  capabilities: Capabilities;
  directory: DirectoryState;
  /** Ids of the users with at least one registration. */
  online: ReadonlySet<string>;
}

export function UsersView({ capabilities, directory, online }: Props) {
  const [query, setQuery] = useState<UserQuery>({ text: '', context: 'all' });
  const { editing, setEditing, result, error, write } = useDirectoryWrite<User, DirectoryUser>(directory);
  const users = filterUsers(directory.directory.users, query);
  const manage = capabilities.manageDirectory;

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <FilterBar
        label="Filter users"
        text={query.text}
        onText={(text) => setQuery({ ...query, text })}
        contexts={CONTEXTS}
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
