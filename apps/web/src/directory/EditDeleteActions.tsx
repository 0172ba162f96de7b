import { ConfirmButton } from '../ui/ConfirmButton';

interface Props {
  /** The entry's name, for the buttons' accessible labels. */
  name: string;
  /** What the confirmation asks, and its confirming button's text. */
  question: string;
  confirm: string;
  onEdit(): void;
  onDelete(): void;
}

/** The Edit and Delete buttons of a directory row; Delete asks first. */
export function EditDeleteActions({ name, question, confirm, onEdit, onDelete }: Props) {
  return (
    <>
      <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit
      </button>
      <ConfirmButton label={`Delete ${name}`} question={question} confirm={confirm} onConfirm={onDelete}>
        Delete
      </ConfirmButton>
    </>
  );
}
