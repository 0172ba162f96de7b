import { FsEvent } from '../events/fs-event';
import { EventFilters } from './event-filters';
import { Subscriptions } from './subscriptions';

const event = (name: string, subclass?: string, headers: Array<[string, string]> = []): FsEvent => {
  const e = new FsEvent(name, subclass);
  headers.forEach(([n, v]) => e.addHeader(n, v));
  return e;
};

describe('Subscriptions (event / nixevent / noevents)', () => {
  const words = (line: string): string[] => line.split(' ');

  it('takes a format first, event names case-insensitively (SWITCH_EVENT_ prefix too), subclasses after CUSTOM', () => {
    const subscriptions = new Subscriptions(() => []);
    expect(subscriptions.subscribe(words('json heartbeat SWITCH_EVENT_API CUSTOM sofia::register'))).toBe(
      '+OK event listener enabled json',
    );
    expect(subscriptions.matches(event('HEARTBEAT'))).toBe(true);
    expect(subscriptions.matches(event('API'))).toBe(true);
    expect(subscriptions.matches(event('CUSTOM', 'sofia::register'))).toBe(true);
    expect(subscriptions.matches(event('CUSTOM', 'conference::maintenance'))).toBe(false);
    expect(subscriptions.matches(event('RELOADXML'))).toBe(false);
  });

  it('answers -ERR no keywords supplied without a known name, but keeps the format', () => {
    const subscriptions = new Subscriptions(() => []);
    expect(subscriptions.subscribe(words('json nothing'))).toBe('-ERR no keywords supplied');
    expect(subscriptions.format).toBe('json');
    expect(subscriptions.enabled).toBe(false);
  });

  it('nixevent of one type after ALL keeps all the others', () => {
    const subscriptions = new Subscriptions(() => ['conference::maintenance']);
    subscriptions.subscribe(words('plain ALL'));
    expect(subscriptions.unsubscribe(words('HEARTBEAT'))).toBe('+OK events nixed');
    expect(subscriptions.matches(event('HEARTBEAT'))).toBe(false);
    expect(subscriptions.matches(event('API'))).toBe(true);
    expect(subscriptions.matches(event('CUSTOM', 'conference::maintenance'))).toBe(true);
    subscriptions.unsubscribe(words('CUSTOM conference::maintenance'));
    expect(subscriptions.matches(event('CUSTOM', 'conference::maintenance'))).toBe(false);
  });
});

describe('EventFilters (filter)', () => {
  it("adds and deletes filters with FreeSWITCH's replies", () => {
    const filters = new EventFilters();
    expect(filters.command('Event-Name HEARTBEAT')).toBe('+OK filter added. [Event-Name]=[HEARTBEAT]');
    expect(filters.command('add Unique-ID abc')).toBe('+OK filter added. [Unique-ID]=[abc]');
    expect(filters.command('Event-Name')).toBe('-ERR invalid syntax');
    expect(filters.command('delete Unique-ID')).toBe('+OK filter deleted. [Unique-ID][]');
    expect(filters.command('delete all')).toBe('+OK filter deleted. [all][]');
  });

  it('lets an event through when a filter matches (case-insensitively, or by /regex/), drops it on a - match', () => {
    const filters = new EventFilters();
    expect(filters.allows(event('API'))).toBe(true);
    filters.command('Event-Name heartbeat');
    filters.command('Conference-Name /^team/');
    filters.command('Action -kick-member');
    expect(filters.allows(event('HEARTBEAT', undefined, [['Event-Name', 'HEARTBEAT']]))).toBe(true);
    expect(filters.allows(event('API', undefined, [['Event-Name', 'API']]))).toBe(false);
    const member = (action: string): FsEvent =>
      event('CUSTOM', 'conference::maintenance', [
        ['Conference-Name', 'team_g722'],
        ['Action', action],
      ]);
    expect(filters.allows(member('add-member'))).toBe(true);
    expect(filters.allows(member('kick-member'))).toBe(false);
  });
});
