import { startDemo, type Demo } from '../../demo/src/start-demo';
import { launchBrowser } from './support/browser';
import {
  callDemoConference,
  expectFirstScreen,
  NARROW,
  QUIET_DEMO,
  sipSockets,
  WIDE,
} from './support/demo-screen';
import { ensureWebClientBuilt } from './support/fresh-build';

/**
 * `npm run demo` as a newcomer meets it, on free ports: a browser that trusts no certificate it was
 * not given logs in and finds a registered phone and the live view.
 */
describe('the demo on the simulator: the first screen', () => {
  let demo: Demo;

  beforeAll(async () => {
    ensureWebClientBuilt();
    demo = await startDemo(QUIET_DEMO);
  }, 120_000);
  afterAll(() => demo?.stop());

  it.each([
    ['1366', WIDE],
    ['390', NARROW],
  ])(
    'at %s px shows a registered phone, the navigation on top and the conferences, and a call live',
    async (_, size) => {
      const browser = await launchBrowser({ fakeMedia: true });
      const sockets = sipSockets(browser.page);
      try {
        await expectFirstScreen(browser.page, demo.url, size);
        expect(sockets.length).toBeGreaterThan(0);
        expect(sockets.every((url) => /^ws:\/\/127\.0\.0\.1:\d+\/?$/.test(url))).toBe(true);
        await callDemoConference(browser.page);
      } finally {
        await browser.close();
      }
    },
    90_000,
  );
});
