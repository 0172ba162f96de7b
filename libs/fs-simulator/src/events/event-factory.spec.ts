import { EventFactory } from './event-factory';
import { ORIGINS } from './origins';

describe('EventFactory', () => {
  const identity = { coreUuid: 'core', hostname: 'vm', switchname: 'vm', ipv4: '192.0.2.2', ipv6: 'fd00::2' };
  const clock = (): number => Date.UTC(2026, 10, 27, 17, 12, 5) * 1000 + 568898;

  it("puts Event-Subclass, then the core headers, in FreeSWITCH's order, with a sequence number per event created", () => {
    const factory = new EventFactory(identity, clock);
    factory.create('REQUEST_PARAMS', ORIGINS.xmlLocateParams);
    const event = factory.create('CUSTOM', ORIGINS.api, 'conference::maintenance');
    expect(event.headers.map(([name]) => name)).toEqual([
      'Event-Subclass', 'Event-Name', 'Core-UUID', 'FreeSWITCH-Hostname', 'FreeSWITCH-Switchname', 'FreeSWITCH-IPv4',
      'FreeSWITCH-IPv6', 'Event-Date-Local', 'Event-Date-GMT', 'Event-Date-Timestamp', 'Event-Calling-File',
      'Event-Calling-Function', 'Event-Calling-Line-Number', 'Event-Sequence',
    ]); // prettier-ignore
    expect(event.getHeader('event-sequence')).toBe('2');
    expect(event.getHeader('Event-Date-GMT')).toBe('Fri, 27 Nov 2026 17:12:05 GMT');
    expect(event.getHeader('Event-Date-Timestamp')).toBe('1795799525568898');
    expect(event.getHeader('Event-Date-Local')).toMatch(/^2026-11-2[78] \d\d:\d\d:05$/);
    expect(event.getHeader('Event-Calling-Line-Number')).toBe('3140');
  });
});
