import { useState, type FormEvent } from 'react';
import { type Conference, type Context } from '@fscon/contracts';
import type { ConferenceChange, NewConference } from '../api/directory-api';

interface Props {
  conference?: Conference;
  types: readonly string[];
  contexts: readonly Context[];
  onSubmit(change: NewConference | ConferenceChange): void;
  onCancel(): void;
}

/** Adds or edits a conference: name (letters, digits, `_`, `-`, `.`), profile, context. */
export function ConferenceEditor({ conference, types, contexts, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(conference?.name ?? '');
  const [type, setType] = useState(conference?.type ?? types[0] ?? '');
  const [context, setContext] = useState<Context>(conference?.context ?? contexts[0] ?? 'public');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: name.trim(), type, context };
    onSubmit(conference ? { num: conference.num, ...fields } : fields);
  };

  const title = conference ? `Edit ${conference.name} (${conference.num})` : 'Add a conference';
  return (
    <form className="editor" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <label>
        Name
        <input
          required
          pattern="[A-Za-z0-9_.\-]+"
          title="letters, digits, _ - and . only"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Context
        <select value={context} onChange={(e) => setContext(e.target.value as Context)}>
          {contexts.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="submit">{conference ? 'Save' : 'Add conference'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
