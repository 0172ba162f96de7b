import { parseConferenceTypes, parseDialplan, parseDirectory, parseGlobals } from '@fscon/fs-xml';
import type { ContextRanges, XmlState, XmlStateInfo } from '@fscon/contracts';
import { EslError } from '../../../esl/esl.errors';
import type { EventSocket } from '../../../esl/event-socket.port';

export const XML_STATE_QUERIES = {
  globals: 'global_getvar',
  directory: 'xml_locate directory',
  dialplan: 'xml_locate dialplan',
  conferenceConf: 'xml_locate configuration configuration name conference.conf',
} as const;

export interface ReadXmlStateResult {
  state: XmlState;
  warnings: string[];
}

/** Asks FreeSWITCH for its parsed configuration and turns the answers into an xmlState. */
export async function readXmlState(
  esl: EventSocket,
  ranges: ContextRanges,
  info: XmlStateInfo,
): Promise<ReadXmlStateResult> {
  const [globalsText, directoryXml, dialplanXml, conferenceConfXml] = await Promise.all([
    ask(esl, XML_STATE_QUERIES.globals),
    ask(esl, XML_STATE_QUERIES.directory),
    ask(esl, XML_STATE_QUERIES.dialplan),
    ask(esl, XML_STATE_QUERIES.conferenceConf),
  ]);
  const users = parseDirectory(directoryXml);
  const conferences = parseDialplan(dialplanXml, ranges);
  const conferencetypes = parseConferenceTypes(conferenceConfXml);
  return {
    state: {
      info,
      globals: parseGlobals(globalsText),
      users: users.value,
      conferences: conferences.value,
      conferencetypes: conferencetypes.value,
    },
    warnings: [...users.warnings, ...conferences.warnings, ...conferencetypes.warnings],
  };
}

/**
 * The answer, unless it is an `-ERR` (such as `Command not found` from a FreeSWITCH whose modules are
 * not all loaded): global_getvar's would parse as no globals at all.
 */
async function ask(esl: EventSocket, command: string): Promise<string> {
  const answer = await esl.api(command);
  if (answer.startsWith('-ERR')) throw new EslError('ESL.COMMAND_FAILED', `${command}: ${answer.trim()}`);
  return answer;
}
