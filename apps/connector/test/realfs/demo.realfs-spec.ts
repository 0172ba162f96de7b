import { readFileSync } from 'node:fs';
import { startDemo, type Demo } from '../../../demo/src/start-demo';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { callDemoConference, expectFirstScreen, QUIET_DEMO, sipSockets, WIDE } from '../support/demo-screen';
import { describeRealFs, installation } from './support/realfs';

/**
 * `npm run demo -- --freeswitch PATH`: the demo's page on a real switch, in a browser that trusts no
 * certificate it was not given and is told nothing about loopback media.
 */
describeRealFs('real FreeSWITCH: the demo on it', () => {
  let demo: Demo;
  let browser: TestBrowser;

  beforeAll(async () => {
    demo = await startDemo({
      ...QUIET_DEMO,
      freeswitch: installation,
    });
    browser = await launchBrowser({ fakeMedia: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it("registers the page's phone with the switch over its plain SIP WebSocket and calls a demo conference with DTLS-SRTP media", async () => {
    const sockets = sipSockets(browser.page);
    await expectFirstScreen(browser.page, demo.url, WIDE);
    expect(sockets).toEqual([expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/?$/)]);
    await callDemoConference(browser.page);
    expect(readFileSync(demo.switch.logFile!, 'utf8')).toContain(
      'Changing audio DTLS state from SETUP to READY',
    );
  }, 60_000);
});
