import type { Registration } from '../model/live-state';
import { arrayOf, isObject, parseJson, text, type SnapshotResult } from './snapshot-json';

const COMMAND = 'show registrations as json';

/**
 * The registrations of a `show registrations as json` answer: `{"row_count": 0}` when there are
 * none, else `rows` of `reg_user`, `token` (the Call-ID), `network_ip`, `network_port`. Rows of an
 * unexpected shape are skipped with a warning. Throws LiveSnapshotError when the answer is not JSON.
 */
export function parseRegistrations(body: string): SnapshotResult<Registration[]> {
  const json = parseJson(body, COMMAND);
  const warnings: string[] = [];
  if (!isObject(json)) {
    warnings.push(`${COMMAND} did not answer with an object`);
    return { value: [], warnings };
  }
  const registrations = arrayOf(json.rows).flatMap((row, index) => {
    const id = isObject(row) ? text(row.reg_user) : undefined;
    const regid = isObject(row) ? text(row.token) : undefined;
    const ip = isObject(row) ? text(row.network_ip) : undefined;
    const port = isObject(row) ? text(row.network_port) : undefined;
    if (!id || !regid || !ip || !port) {
      warnings.push(`registration row ${index} lacks reg_user, token, network_ip or network_port; skipped`);
      return [];
    }
    return [{ id, regid, sipcon: `${ip}:${port}` }];
  });
  return { value: registrations, warnings };
}
