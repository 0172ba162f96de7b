import { HistoryBatch } from '@fscon/history';

const DAY_MS = 86_400_000;

/** `count` ended sessions of 400 conferences over the last year, ten participants and a recording each. */
export function sessionRows(count: number, now: number): HistoryBatch {
  const batch = new HistoryBatch();
  for (let i = 0; i < count; i++) {
    const session = String(i * 100 + 1);
    const startedAt = now - 365 * DAY_MS + Math.floor((i / count) * 365 * DAY_MS);
    const endedAt = startedAt + 45 * 60_000;
    const num = String(30000 + (i % 400));
    batch.session({
      session,
      conference: `conf-${num}`,
      num,
      context: 'team',
      startedAt,
      endedAt,
      peakMembers: 8,
      participants: 10,
      recordings: 1,
    });
    for (let p = 0; p < 10; p++) {
      const number = String(20000 + ((i + p) % 500));
      batch.participant({
        session,
        joinSeq: i * 100 + 2 + p,
        confid: String(p),
        name: `Caller ${number}`,
        number,
        user: number,
        joinedAt: startedAt + p * 1000,
        leftAt: endedAt,
        talkMs: p * 1500,
        talkingSince: null,
      });
    }
    batch.recording({
      session,
      startSeq: i * 100 + 20,
      file: `/recordings/${num}-${i}.wav`,
      startedAt,
      stoppedAt: endedAt,
    });
  }
  return batch;
}
