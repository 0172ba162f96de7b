import { liveUrl } from './browser-deps';

describe('liveUrl', () => {
  it('uses wss on an https page and ws on http, with the token escaped and no password', () => {
    expect(liveUrl({ protocol: 'https:', host: 'conf.example.org' }, 'a+b/c')).toBe(
      'wss://conf.example.org/api/live?token=a%2Bb%2Fc',
    );
    expect(liveUrl({ protocol: 'http:', host: 'localhost:8080' }, 'tok')).toBe(
      'ws://localhost:8080/api/live?token=tok',
    );
  });
});
