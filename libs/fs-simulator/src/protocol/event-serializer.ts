import { fromBinary, toBinary } from '../config/binary';
import { toXml } from '../config/toxml';
import { XmlElement } from '../config/xml-element';
import { FsEvent } from '../events/fs-event';
import { urlEncode } from './url-encode';

export type EventFormat = 'plain' | 'json' | 'xml';

/** switch_event_serialize: `Name: url-encoded value` lines, then the body behind its own Content-Length. */
export function serializePlain(event: FsEvent): string {
  let text = '';
  for (const [name, value] of event.headers) {
    text += `${name}: ${urlEncode(value) || '_undef_'}\n`;
  }
  const length = event.body === undefined ? 0 : Buffer.byteLength(event.body);
  return length > 0 ? `${text}Content-Length: ${length}\n\n${event.body}` : `${text}\n`;
}

/** switch_event_serialize_json: one object of strings in header order (duplicates kept), body as `_body`. */
export function serializeJson(event: FsEvent): string {
  const members = event.headers.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`);
  if (event.body !== undefined) {
    members.push(
      `"Content-Length":"${Buffer.byteLength(event.body)}"`,
      `"_body":${JSON.stringify(event.body)}`,
    );
  }
  return `{${members.join(',')}}`;
}

/** switch_event_xmlize printed with switch_xml_toxml: `<event><headers><Name>value</Name>...`. */
export function serializeXml(event: FsEvent): string {
  const root = new XmlElement('event');
  const headers = new XmlElement('headers', [], root, 0);
  root.children.push(headers);
  event.headers.forEach(([name, value], i) =>
    headers.children.push(textElement(name, urlEncode(value), headers, i)),
  );
  const length = event.body === undefined ? 0 : Buffer.byteLength(event.body);
  if (length > 0) {
    root.children.push(textElement('Content-Length', String(length), root, 1));
    root.children.push(textElement('body', toBinary(event.body ?? ''), root, 2));
  }
  return fromBinary(toXml(root));
}

function textElement(name: string, txt: string, parent: XmlElement, off: number): XmlElement {
  const element = new XmlElement(toBinary(name), [], parent, off);
  element.txt = txt;
  return element;
}

export function serializeEvent(event: FsEvent, format: EventFormat): string {
  switch (format) {
    case 'plain':
      return serializePlain(event);
    case 'json':
      return serializeJson(event);
    case 'xml':
      return serializeXml(event);
  }
}
