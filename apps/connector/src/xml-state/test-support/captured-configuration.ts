import { capture } from '../../../test/support/captures';
import { FakeEventSocket } from '../../../test/support/fake-event-socket';
import { XML_STATE_QUERIES } from '../commands/rebuild-xml-state/read-xml-state';

/** A FakeEventSocket that answers the xmlState queries as the captured FreeSWITCH did at startup. */
export function eslWithCapturedConfiguration(): FakeEventSocket {
  return new FakeEventSocket()
    .answer(XML_STATE_QUERIES.globals, capture('startup/outputs/global_getvar.txt'))
    .answer(XML_STATE_QUERIES.directory, capture('startup/outputs/xml_locate_directory.xml'))
    .answer(XML_STATE_QUERIES.dialplan, capture('startup/outputs/xml_locate_dialplan.xml'))
    .answer(
      XML_STATE_QUERIES.conferenceConf,
      capture('startup/outputs/xml_locate_configuration_conference.conf.xml'),
    );
}
