import { FsEvent } from '../events/fs-event';
import { serializeJson, serializePlain, serializeXml } from './event-serializer';

function sample(): FsEvent {
  const event = new FsEvent('CUSTOM', 'conference::maintenance')
    .addHeader('Event-Name', 'CUSTOM')
    .addHeader('Conference-Name', 'team g722')
    .addHeader('Conference-Name', 'again')
    .addHeader('Caller-Caller-ID-Name', 'Jörg "J" <x>');
  event.body = 'line 1\nline 2 ü\n';
  return event;
}

describe('event serialisation', () => {
  it('plain: url-encoded values, then the body behind its byte length', () => {
    expect(serializePlain(sample())).toBe(
      'Event-Name: CUSTOM\nConference-Name: team%20g722\nConference-Name: again\n' +
        'Caller-Caller-ID-Name: J%C3%B6rg%20%22J%22%20%3Cx%3E\nContent-Length: 17\n\nline 1\nline 2 ü\n',
    );
  });

  it('plain without a body (or with an empty one) ends with a blank line', () => {
    const event = new FsEvent('API').addHeader('Event-Name', 'API');
    expect(serializePlain(event)).toBe('Event-Name: API\n\n');
    event.body = '';
    expect(serializePlain(event)).toBe('Event-Name: API\n\n');
  });

  it('json: strings in header order, duplicates kept, then Content-Length and _body', () => {
    expect(serializeJson(sample())).toBe(
      '{"Event-Name":"CUSTOM","Conference-Name":"team g722","Conference-Name":"again",' +
        '"Caller-Caller-ID-Name":"Jörg \\"J\\" <x>","Content-Length":"17","_body":"line 1\\nline 2 ü\\n"}',
    );
  });

  it('xml: the headers url-encoded as elements, then Content-Length and the body', () => {
    expect(serializeXml(sample())).toBe(
      '<event>\n  <headers>\n    <Event-Name>CUSTOM</Event-Name>\n    <Conference-Name>team%20g722</Conference-Name>\n' +
        '    <Conference-Name>again</Conference-Name>\n' +
        '    <Caller-Caller-ID-Name>J%C3%B6rg%20%22J%22%20%3Cx%3E</Caller-Caller-ID-Name>\n  </headers>\n' +
        '  <Content-Length>17</Content-Length>\n  <body>line 1\nline 2 &#xFC;\n  </body>\n</event>\n',
    );
  });

  it('an empty header value adds nothing and removes the name', () => {
    const event = new FsEvent('API').addHeader('A', '1').addHeader('B', '2').addHeader('a', '');
    expect(event.headers).toEqual([['B', '2']]);
  });
});
