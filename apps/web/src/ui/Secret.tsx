import { useState } from 'react';

interface Props {
  /** What is hidden: "password". */
  what: string;
  /** Whose it is, for the buttons' accessible names: "Show password of ann". */
  of?: string;
  value: string;
}

/** A password or provisioning URL that stays hidden until asked for, and can be hidden again. */
export function Secret({ what, of, value }: Props) {
  const [shown, setShown] = useState(false);
  const action = shown ? 'Hide' : 'Show';
  return (
    <span className="secret">
      {shown && <code>{value}</code>}
      <button
        type="button"
        className="link"
        aria-expanded={shown}
        aria-label={of === undefined ? undefined : `${action} ${what} of ${of}`}
        onClick={() => setShown(!shown)}
      >
        {`${action} ${what}`}
      </button>
    </span>
  );
}
