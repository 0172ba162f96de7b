import { connect } from 'node:net';

/**
 * Sends one `api` command to an Event Socket server as a separate client would, and resolves with the
 * api/response body. Used to change FreeSWITCH behind the connector's back.
 */
export function rawApi(host: string, port: number, password: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    let buffer = Buffer.alloc(0);
    let sent = false;
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const text = buffer.toString('latin1');
      if (!sent && text.includes('auth/request')) {
        socket.write(`auth ${password}\n\n`);
        sent = true;
        buffer = Buffer.alloc(0);
        return;
      }
      if (text.includes('+OK accepted')) {
        socket.write(`api ${command}\n\n`);
        buffer = Buffer.alloc(0);
        return;
      }
      const match = /Content-Type: api\/response\nContent-Length: (\d+)\n\n/.exec(text);
      if (match && buffer.length >= match.index + match[0].length + Number(match[1])) {
        const start = match.index + match[0].length;
        resolve(buffer.subarray(start, start + Number(match[1])).toString('utf8'));
        socket.end('exit\n\n');
      }
    });
  });
}
