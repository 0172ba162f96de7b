import { LagProbe } from './lag-probe';

/** A command whose answer the test gives, and a clock the test moves. */
function setup() {
  let now = 1000;
  const probe = new LagProbe(() => now);
  const answers: Array<{ answer: () => Promise<void>; fail: () => Promise<void> }> = [];
  const send = () =>
    new Promise<string>((resolve, reject) => {
      const settled = () => new Promise<void>((done) => setImmediate(done));
      answers.push({
        answer: () => (resolve('FreeSWITCH Version 1.10'), settled()),
        fail: () => (reject(new Error('disconnected')), settled()),
      });
    });
  return { probe, send, answers, advance: (ms: number) => (now += ms) };
}

describe('LagProbe', () => {
  it('is 0 before any probe', () => {
    expect(setup().probe.currentMs()).toBe(0);
  });

  it('gives the round trip of the last answered probe', async () => {
    const { probe, send, answers, advance } = setup();
    probe.probe(send);
    advance(40);
    await answers[0].answer();
    expect(probe.currentMs()).toBe(40);
    advance(1000);
    expect(probe.currentMs()).toBe(40);
    probe.probe(send);
    advance(3);
    await answers[1].answer();
    expect(probe.currentMs()).toBe(3);
  });

  it('counts how long an unanswered probe has waited, sending no second one meanwhile', async () => {
    const { probe, send, answers, advance } = setup();
    probe.probe(send);
    advance(2500);
    probe.probe(send);
    expect(answers).toHaveLength(1);
    expect(probe.currentMs()).toBe(2500);
    advance(4000);
    expect(probe.currentMs()).toBe(6500);
    await answers[0].answer();
    expect(probe.currentMs()).toBe(6500);
    probe.probe(send);
    advance(5);
    await answers[1].answer();
    expect(probe.currentMs()).toBe(5);
  });

  it('sends again after a failed probe, keeping the last round trip', async () => {
    const { probe, send, answers, advance } = setup();
    probe.probe(send);
    advance(20);
    await answers[0].answer();
    probe.probe(send);
    await answers[1].fail();
    expect(probe.currentMs()).toBe(20);
    probe.probe(send);
    expect(answers).toHaveLength(3);
  });

  it('starts afresh on reset and ignores an answer due from before it', async () => {
    const { probe, send, answers, advance } = setup();
    probe.probe(send);
    advance(9000);
    probe.reset();
    expect(probe.currentMs()).toBe(0);
    probe.probe(send);
    await answers[0].answer();
    expect(answers).toHaveLength(2);
    advance(7);
    await answers[1].answer();
    expect(probe.currentMs()).toBe(7);
  });
});
