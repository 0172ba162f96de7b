import { EventFormat } from './event-serializer';

/** The frames mod_event_socket writes, byte for byte. */
export const GOODBYE = 'Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n';

export function authRequest(): string {
  return 'Content-Type: auth/request\n\n';
}

export function commandReply(replyText: string): string {
  return `Content-Type: command/reply\nReply-Text: ${replyText}\n\n`;
}

export function bgapiReply(jobUuid: string): string {
  return `Content-Type: command/reply\nReply-Text: +OK Job-UUID: ${jobUuid}\nJob-UUID: ${jobUuid}\n\n`;
}

/** An empty api result is answered `-ERR no reply`. */
export function apiResponse(body: string): string {
  const text = body === '' ? '-ERR no reply\n' : body;
  return `Content-Type: api/response\nContent-Length: ${Buffer.byteLength(text)}\n\n${text}`;
}

export function eventFrame(format: EventFormat, payload: string): string {
  return `Content-Length: ${Buffer.byteLength(payload)}\nContent-Type: text/event-${format}\n\n${payload}`;
}

export function disconnectNotice(message = GOODBYE): string {
  return `Content-Type: text/disconnect-notice\nContent-Length: ${Buffer.byteLength(message)}\n\n${message}`;
}
