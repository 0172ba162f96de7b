import type { ConferenceSessionDetail } from '@fscon/contracts';
import { DataTable } from '../ui/DataTable';
import { Time } from '../ui/Time';
import { formatDuration, formatTalkTime } from './duration';

const PARTICIPANT_COLUMNS = ['Name', 'Number', 'Joined', 'Left', 'Stayed', 'Talked'];

const NotYet = () => <span className="muted-text">not yet</span>;

export function SessionDetail({ detail }: { detail: ConferenceSessionDetail }) {
  const timeline = [...detail.timeline].sort((a, b) => a.seq - b.seq);
  return (
    <>
      <dl className="facts">
        <dt>Number</dt>
        <dd>{detail.num || 'none configured'}</dd>
        <dt>Context</dt>
        <dd>{detail.context ?? 'unknown'}</dd>
        <dt>Ended</dt>
        <dd>{detail.endedAt ? <Time at={detail.endedAt} /> : <NotYet />}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(detail.durationSeconds)}</dd>
        <dt>Most at once</dt>
        <dd>{detail.peakMembers}</dd>
      </dl>

      <h4>Participants ({detail.members.length})</h4>
      <DataTable caption={`Participants of ${detail.conference}`} columns={PARTICIPANT_COLUMNS}>
        {detail.members.map((member, index) => (
          <tr key={`${member.number}-${member.joinedAt}-${index}`}>
            <th scope="row">{member.name}</th>
            <td>{member.number}</td>
            <td>
              <Time at={member.joinedAt} />
            </td>
            <td>{member.leftAt ? <Time at={member.leftAt} /> : <NotYet />}</td>
            <td>{formatDuration(member.durationSeconds)}</td>
            <td>{formatTalkTime(member.talkSeconds)}</td>
          </tr>
        ))}
      </DataTable>

      <h4>Recordings ({detail.recordingFiles.length})</h4>
      <ul className="recordings" aria-label={`Recordings of ${detail.conference}`}>
        {detail.recordingFiles.map((recording) => (
          <li key={`${recording.file}-${recording.startedAt}`}>
            <span className="file">{recording.file}</span>
            <span>
              <Time at={recording.startedAt} /> to{' '}
              {recording.stoppedAt ? <Time at={recording.stoppedAt} /> : <NotYet />}
            </span>
          </li>
        ))}
      </ul>

      <h4>Timeline</h4>
      <ol className="timeline" aria-label={`Timeline of ${detail.conference}`}>
        {timeline.map((item) => (
          <li key={item.seq}>
            <Time at={item.at} /> <span>{item.text}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
