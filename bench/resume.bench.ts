import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LiveJournalEvent, Member } from '@fscon/live-state';
import { Journal } from '../apps/connector/src/journal/journal';
import { openJournal } from '../apps/connector/src/journal/open-journal';
import { DeltaFanout } from '../apps/connector/src/live/fanout/delta-fanout';
import { TurnBatches } from '../apps/connector/src/live/fanout/turn-batches';
import { LiveProjector } from '../apps/connector/src/live/state/live-projector';
import { LiveStateReadModel } from '../apps/connector/src/live/state/live-state.read-model';
import { ms, summarize } from './support/stats';

const CONFERENCES = 40;
const STRETCHES = [1_000, 5_000, 20_000, 100_000];
const RUNS = 7;

const name = (i: number) => `conf_${i % CONFERENCES}`;
const member = (i: number): Member => ({
  name: `caller ${i}`,
  id: String(20000 + (i % 900)),
  confid: String(i),
  mute: false,
  ...MEMBER_AUDIO_DEFAULTS,
});

/** Four entries per caller: joins, muted, unmuted, leaves; callers overlap, so conferences stay running. */
function liveEvent(i: number): LiveJournalEvent {
  const caller = Math.floor(i / 4);
  const conference = name(caller);
  switch (i % 4) {
    case 0:
      return { type: 'MemberJoined', data: { conference, member: member(caller) } };
    case 1:
      return { type: 'MemberMuted', data: { conference, confid: String(caller) } };
    case 2:
      return { type: 'MemberUnmuted', data: { conference, confid: String(caller) } };
    default:
      return { type: 'MemberLeft', data: { conference, member: member(caller - CONFERENCES * 2) } };
  }
}

function rebuilds(): LiveJournalEvent[] {
  const conferences = Array.from({ length: CONFERENCES }, (_, i) => ({
    name: name(i),
    num: String(30000 + i),
    context: (['team', 'friends', 'public'] as const)[i % 3]!,
    type: '16kHz-novideo',
  }));
  return [
    { type: 'XmlStateRebuilt', data: { conferences } },
    { type: 'ConferencesRebuilt', data: { conferences: [] } },
    { type: 'RegistrationsRebuilt', data: { registrations: [] } },
  ];
}

/** A journal file with the rebuilds and then `entries` member events, as the connector writes them. */
async function journalOf(path: string, entries: number): Promise<void> {
  const journal = openJournal(path, {
    onListenerError: (error) => {
      throw error;
    },
  });
  journal.append(rebuilds());
  for (let i = 0; i < entries; i += 1000) {
    journal.append(Array.from({ length: Math.min(1000, entries - i) }, (_, j) => liveEvent(i + j)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await journal.close();
}

/** A connector's projector on that journal after a restart: the view restored, nothing sent yet. */
function restarted(
  path: string,
  resumeEntries: number,
): { projector: LiveProjector; journal: Journal; startMs: number } {
  const journal = openJournal(path, { onListenerError: () => undefined });
  const fanout = new DeltaFanout(new TurnBatches(), { deltas: 100, bytes: 1 << 20 }, journal.seq);
  const projector = new LiveProjector(journal, new LiveStateReadModel(), fanout, { resumeEntries });
  const start = performance.now();
  projector.onModuleInit();
  return { projector, journal, startMs: performance.now() - start };
}

/**
 * How long a resume takes that the FrameLog cannot answer: the journal's newest entries read in pages,
 * the view rebuilt and the deltas after `since` recomputed and encoded, for a team client whose `since`
 * lies that many entries back. Also the projector's restore at start over the same stretch.
 */
export async function resumeBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'fscon-resume-'));
  try {
    console.log(`resume: team client, ${CONFERENCES} conferences, median of ${RUNS} resumes`);
    for (const entries of STRETCHES) {
      const path = join(folder, `journal-${entries}.sqlite`);
      await journalOf(path, entries);
      const { projector, journal, startMs } = restarted(path, entries + 3);
      const since = 4 * 1000;
      const samples: number[] = [];
      let frames = 0;
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        frames = projector.replayedFramesAfter(since, 'team')?.length ?? -1;
        samples.push(performance.now() - start);
      }
      const { median, min, max } = summarize(samples);
      console.log(
        `  ${entries.toLocaleString('en')} entries: resume ${ms(median)} (min ${ms(min)}, max ${ms(max)}), ${frames.toLocaleString('en')} deltas; restore at start ${ms(startMs)}`,
      );
      projector.onModuleDestroy();
      await journal.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
