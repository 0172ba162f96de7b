/** What the user reads when a call fails with this SIP status; undefined when nothing went wrong for them. */
export function messageForStatus(status: number, peer: string): string | undefined {
  switch (status) {
    case 486:
    case 600:
      return `${peer} is busy.`;
    case 404:
    case 604:
      return `${peer} was not found.`;
    case 480:
      return `${peer} is not available right now.`;
    case 408:
      return `${peer} did not answer.`;
    case 403:
      return `You may not call ${peer}.`;
    case 603:
      return `${peer} declined the call.`;
    case 401:
    case 407:
      return 'The phone could not log in to the server.';
    case 488:
    case 415:
      return `No common audio or video format with ${peer}.`;
    case 487:
      return undefined;
    default:
      return status >= 500
        ? `The server could not connect the call (${status}).`
        : `The call to ${peer} failed (${status}).`;
  }
}

/** What the user reads when the browser refused the microphone (or camera). */
export function messageForMediaError(error: unknown, video: boolean): string {
  const device = video ? 'microphone or camera' : 'microphone';
  const name = error instanceof Error || isDomException(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Access to the ${device} was denied. Allow it in the browser's site settings and try again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${device} was found.`;
    case 'NotReadableError':
      return `The ${device} is in use by another application.`;
    default:
      return `The ${device} could not be opened.`;
  }
}

function isDomException(error: unknown): error is { name: string } {
  return (
    typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
  );
}
