import type { Notice } from '../live/live-client';

interface Props {
  title: string;
  notices: readonly Notice[];
  onDismiss(id: number): void;
}

/** Errors the user must see (from the server or a failed request), each until dismissed. */
export function Notices({ title, notices, onDismiss }: Props) {
  return (
    <div role="alert" className="notices">
      {notices.length > 0 && (
        <>
          <h2 className="visually-hidden">{title}</h2>
          <ul>
            {notices.map((notice) => (
              <li key={notice.id} className="notice error">
                <span>{notice.text}</span>
                <button
                  type="button"
                  onClick={() => onDismiss(notice.id)}
                  aria-label={`Dismiss: ${notice.text}`}
                >
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
