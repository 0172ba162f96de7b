import { useCallback, useEffect, useRef } from 'react';
import type { ConferenceSession } from '@fscon/contracts';
import { loadSession, sessionCsvUrl, type HistorySource } from '../api/history-api';
import { useLoaded } from '../app/use-loaded';
import { Time } from '../ui/Time';
import { SessionDetail } from './SessionDetail';

interface Props {
  source: HistorySource;
  session: ConferenceSession;
  onClose(): void;
}

/** One session as the server tells it: who was there when, its recordings, and what happened in order. */
export function SessionTimeline({ source, session, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useCallback(() => loadSession(source, session.session), [source, session.session]);
  const { data, error, loading } = useLoaded(load, 'The session');
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="session-title" className="session">
      <h3 id="session-title" ref={heading} tabIndex={-1}>
        {session.conference} from <Time at={session.startedAt} />
      </h3>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Back to the sessions
        </button>
        <a className="button" href={sessionCsvUrl(source, session.session)} download>
          Download CSV <span className="visually-hidden">of this timeline</span>
        </a>
      </div>
      <div role="alert">{error && <p className="notice error">{error}</p>}</div>
      <p role="status">{loading && 'Loading…'}</p>
      {data && <SessionDetail detail={data.session} />}
    </section>
  );
}
