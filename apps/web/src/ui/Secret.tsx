import { useState } from 'react';

interface Props {
  /** What is hidden, for the buttons: "password of ann". */
  what: string;
  value: string;
}

/** A password or provisioning URL that stays hidden until asked for, and can be hidden again. */
export function Secret({ what, value }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <span className="secret">
      {shown && <code>{value}</code>}
      <button type="button" className="link" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? `Hide ${what}` : `Show ${what}`}
      </button>
    </span>
  );
}
