import type { ReactNode } from 'react';
import type { Context } from '@fscon/contracts';
import type { ContextChoice } from './filters';

interface Props {
  label: string;
  text: string;
  onText(text: string): void;
  contexts: readonly Context[];
  context: ContextChoice;
  onContext(context: ContextChoice): void;
  children?: ReactNode;
}

/** Search field and context filter of a directory list. */
export function FilterBar({ label, text, onText, contexts, context, onContext, children }: Props) {
  return (
    <div className="filters" role="search" aria-label={label}>
      <label>
        Search
        <input type="search" value={text} onChange={(event) => onText(event.target.value)} />
      </label>
      {contexts.length > 1 && (
        <label>
          Context
          <select value={context} onChange={(event) => onContext(event.target.value as ContextChoice)}>
            <option value="all">All</option>
            {contexts.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {children}
    </div>
  );
}
