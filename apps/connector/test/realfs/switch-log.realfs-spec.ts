import type { RealFreeswitch } from '@fscon/real-freeswitch';
import { describeRealFs } from './support/realfs';
import { launchFreeswitch, startRealSystem, type RealSystem } from './support/real-system';

/** sofia logs the start of its message thread at WARNING level on every start; it is not a problem. */
const SOFIA_THREAD_START = /\[WARNING\] sofia\.c:\d+ MSG Thread 0 Started$/;

const problemsOf = (freeswitch: RealFreeswitch) =>
  freeswitch.problems().filter((line) => !SOFIA_THREAD_START.test(line));

describeRealFs('real FreeSWITCH: its log with our configuration', () => {
  it('starts etc-freeswitch as shipped without an error or warning', async () => {
    const freeswitch = await launchFreeswitch([]);
    try {
      expect(problemsOf(freeswitch)).toEqual([]);
      expect(freeswitch.log()).toMatch(/Started Profile internal/);
    } finally {
      await freeswitch.remove();
    }
  }, 60_000);

  describe('with the demo data and the connector', () => {
    let system: RealSystem;

    beforeAll(async () => {
      system = await startRealSystem();
    }, 60_000);
    afterAll(() => system?.stop());

    it('logs no error or warning while the connector reads the configuration and reloads it', async () => {
      await system.freeswitch.api('reloadxml');
      expect(problemsOf(system.freeswitch)).toEqual([]);
    });
  });
});
