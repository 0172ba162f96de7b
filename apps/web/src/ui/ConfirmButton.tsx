import { useId, useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** The button's accessible name when its text alone is ambiguous ("Kick" → "Kick ann"). */
  label?: string;
  question: string;
  confirm: string;
  onConfirm(): void;
  disabled?: boolean;
}

/** A button for a destructive action: it asks first, in a modal dialog that starts on "Cancel". */
export function ConfirmButton({ children, label, question, confirm, onConfirm, disabled }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className="danger"
        aria-label={label}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {children}
      </button>
      <dialog ref={dialog} aria-labelledby={questionId} className="confirm">
        <p id={questionId}>{question}</p>
        <div className="actions">
          <button type="button" autoFocus onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
