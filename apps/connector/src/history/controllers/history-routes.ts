import type { ConferenceSessionDetail, HistoryPage, HistorySessionResponse } from '@fscon/contracts';
import { membersCsv, sessionsCsv, timelineCsv } from '@fscon/history';
import type { HistoryAnswers, HistoryAudience } from '../history-answers';
import { sessionListQuery, sessionQuery } from '../query/history-queries';
import type { RawQuery } from '../query/parse-query';
import { csvDownload, type CsvResponse } from './send-csv';

/** What the team's and the friends' history routes share: the audience decides which conferences show. */
export function historyRoutes(answers: HistoryAnswers, audience: HistoryAudience) {
  return {
    list(query: RawQuery, response: CsvResponse): HistoryPage | string {
      const { filter, page, format } = sessionListQuery(query);
      if (format === 'json') return answers.sessions(audience, filter, page);
      const { sessions } = answers.sessions(audience, filter, 'all');
      return csvDownload(response, 'conference-history.csv', sessionsCsv(sessions));
    },
    session(id: string, query: RawQuery, response: CsvResponse): HistorySessionResponse | string {
      const { format, rows } = sessionQuery(query);
      const session: ConferenceSessionDetail = answers.session(audience, id);
      if (format === 'json') return { op: 'history/conference', session };
      if (rows === 'members')
        return csvDownload(response, `conference-${session.session}-members.csv`, membersCsv(session));
      return csvDownload(response, `conference-${session.session}.csv`, timelineCsv(session));
    },
  };
}
