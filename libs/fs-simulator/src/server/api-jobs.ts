import { randomUUID } from 'node:crypto';
import { FsCore } from '../core/fs-core';
import { ORIGINS } from '../events/origins';
import { ClientCommand } from '../protocol/client-command';
import { apiResponse, bgapiReply } from '../protocol/frames';

/** `cmd arg...` split at the first space, as mod_event_socket splits api and bgapi lines. */
function splitCommand(text: string): [string, string | undefined] {
  const space = text.indexOf(' ');
  return space < 0 ? [text, undefined] : [text.slice(0, space), text.slice(space + 1)];
}

/** `api <cmd> [arg]`: runs at once and answers with an api/response. */
export function runApi(text: string, core: FsCore, write: (frame: string) => void): void {
  const [command, arg] = splitCommand(text);
  write(apiResponse(core.api(command, arg)));
}

/**
 * `bgapi <cmd> [arg]`: answers with the Job-UUID (the client's `Job-UUID` header if it sent one), then
 * runs the command and fires BACKGROUND_JOB, which goes to every connection subscribed to it.
 */
export function runBgapi(
  text: string,
  command: ClientCommand,
  core: FsCore,
  write: (frame: string) => void,
): void {
  const [name, arg] = splitCommand(text);
  const jobUuid = command.header('job-uuid')?.slice(0, 36) ?? randomUUID();
  write(bgapiReply(jobUuid));
  setImmediate(() => {
    const output = core.api(name, arg);
    const event = core.events
      .create('BACKGROUND_JOB', ORIGINS.backgroundJob)
      .addHeader('Job-UUID', jobUuid)
      .addHeader('Job-Command', name)
      .addHeader('Job-Command-Arg', arg ?? '');
    event.body = output;
    core.fire(event);
  });
}
