/** A SIP request or response as text over WebSocket: start line, headers in order (names lower case), body. */
export interface SipMessage {
  startLine: string;
  headers: [string, string][];
  body: string;
}

export function parseSip(text: string): SipMessage {
  const split = text.indexOf('\r\n\r\n');
  const head = split < 0 ? text : text.slice(0, split);
  const [startLine = '', ...lines] = head.split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  });
  return { startLine, headers, body: split < 0 ? '' : text.slice(split + 4) };
}

export const sipHeader = (message: SipMessage, name: string): string =>
  message.headers.find(([key]) => key === name)?.[1] ?? '';

/** A response to `request`: its Via, From, Call-ID and CSeq, its To with a tag added when it has none. */
export function sipResponse(
  request: SipMessage,
  status: string,
  toTag: string,
  extra: string[] = [],
  body = '',
): string {
  const copied = ['via', 'from', 'call-id', 'cseq'].flatMap((name) =>
    request.headers.filter(([key]) => key === name).map(([key, value]) => `${key}: ${value}`),
  );
  const to = sipHeader(request, 'to');
  return [
    `SIP/2.0 ${status}`,
    ...copied,
    `To: ${to.includes(';tag=') ? to : `${to};tag=${toTag}`}`,
    ...extra,
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}
