import { Registration } from './registrations';

/** `show registrations as json`: mod_commands' compact JSON, or `{"row_count": 0}\n` when empty. */
export function registrationsJson(rows: readonly Registration[], hostname: string): string {
  if (rows.length === 0) return '{"row_count": 0}\n';
  const json = rows.map((row) => ({
    reg_user: row.user,
    realm: row.realm,
    token: row.callId,
    url: `sofia/internal/${row.contactUri}`,
    expires: String(row.expiresAt),
    network_ip: row.networkIp,
    network_port: String(row.networkPort),
    // sofia says udp for WebSocket registrations too
    network_proto: 'udp',
    hostname,
    metadata: '',
  }));
  return JSON.stringify({ row_count: rows.length, rows: json });
}
