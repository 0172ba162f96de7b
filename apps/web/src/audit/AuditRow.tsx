import type { AuditEntry } from '@fscon/contracts';
import { Time } from '../ui/Time';
import { changeText, diffEntry } from './audit-diff';

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const changes = diffEntry(entry.before, entry.after);
  return (
    <tr>
      <th scope="row">
        <Time at={entry.at} />
      </th>
      <td>{entry.actor}</td>
      <td>{entry.kind}</td>
      <td>{entry.subject}</td>
      <td>
        {changes.length > 0 && (
          <ul className="changes">
            {changes.map((change) => (
              <li key={change.field}>{changeText(change)}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="error-text">{entry.error}</td>
    </tr>
  );
}
