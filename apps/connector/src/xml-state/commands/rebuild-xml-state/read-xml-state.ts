import { parseConferenceTypes, parseDialplan, parseDirectory, parseGlobals } from '@fscon/fs-xml';
import type { ContextRanges, XmlState, XmlStateInfo } from '@fscon/contracts';
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
    esl.api(XML_STATE_QUERIES.globals),
    esl.api(XML_STATE_QUERIES.directory),
    esl.api(XML_STATE_QUERIES.dialplan),
    esl.api(XML_STATE_QUERIES.conferenceConf),
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
