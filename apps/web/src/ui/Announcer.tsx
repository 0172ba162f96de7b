import type { Notice } from '../live/live-client';

/** A polite live region: screen readers read each new announcement (joins, leaves, calls). */
export function Announcer({ notice, label }: { notice?: Notice; label: string }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-label={label}>
      {notice && <span key={notice.id}>{notice.text}</span>}
    </div>
  );
}
