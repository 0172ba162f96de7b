import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

/** The one field a dialog asks for: a whole number in a range, one of some options, or text. */
export type DialogField =
  | { kind: 'number'; min: number; max?: number; initial: number }
  | { kind: 'select'; options: readonly string[] }
  | { kind: 'text'; initial?: string; placeholder?: string; inputMode?: 'numeric' | 'text' };

export interface FieldRequest {
  title: string;
  /** The field's label; without a field, the question the dialog asks. */
  label: string;
  field?: DialogField;
  submit: string;
  onSubmit(value: string): void;
  /** A second way out beside Cancel ("Remove PIN"). */
  alternative?: { label: string; onSelect(): void };
}

interface Props {
  request: FieldRequest | undefined;
  onClose(): void;
}

function initialValue(field: DialogField | undefined): string {
  if (field === undefined) return '';
  if (field.kind === 'number') return String(field.initial);
  return field.kind === 'select' ? (field.options[0] ?? '') : (field.initial ?? '');
}

/** A modal dialog asking for one value of a control, or only for a yes; it opens when given a request. */
export function FieldDialog({ request, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inputId = useId();
  const [value, setValue] = useState('');

  useEffect(() => {
    if (request === undefined) return;
    setValue(initialValue(request.field));
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [request]);

  const finish = (action?: () => void) => {
    dialog.current?.close();
    action?.();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request) finish(() => request.onSubmit(value));
  };
  const field = request?.field;
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="confirm" onClose={onClose}>
      {request && (
        <form onSubmit={submit}>
          <h3 id={titleId}>{request.title}</h3>
          {field === undefined ? (
            <p>{request.label}</p>
          ) : (
            <p>
              <label htmlFor={inputId}>{request.label}</label>{' '}
              {field.kind === 'select' ? (
                <select id={inputId} value={value} onChange={(e) => setValue(e.target.value)} autoFocus>
                  {field.options.map((option) => (
                    <option key={option}>{option}</option>
                  ))}
                </select>
              ) : (
                <input
                  id={inputId}
                  type={field.kind === 'number' ? 'number' : 'text'}
                  min={field.kind === 'number' ? field.min : undefined}
                  max={field.kind === 'number' ? field.max : undefined}
                  step={field.kind === 'number' ? 1 : undefined}
                  inputMode={field.kind === 'text' ? field.inputMode : undefined}
                  placeholder={field.kind === 'text' ? field.placeholder : undefined}
                  required
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                  autoFocus
                />
              )}
            </p>
          )}
          <div className="actions">
            <button type="button" autoFocus={field === undefined} onClick={() => finish()}>
              Cancel
            </button>
            {request.alternative && (
              <button type="button" onClick={() => finish(request.alternative?.onSelect)}>
                {request.alternative.label}
              </button>
            )}
            <button type="submit">{request.submit}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
