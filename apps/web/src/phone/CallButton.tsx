import { usePhoneActions } from './phone-context';

/** Calls a user or a conference with the browser phone. */
export function CallButton({ target, name }: { target: string; name: string }) {
  const { canDial, dial } = usePhoneActions();
  return (
    <button
      type="button"
      disabled={!canDial}
      aria-label={`Call ${name} (${target})`}
      onClick={() => dial(target)}
    >
      Call
    </button>
  );
}
