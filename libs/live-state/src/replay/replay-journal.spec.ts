import type { Context } from '@fscon/contracts';
import type { LiveJournalEvent } from '../model/live-journal-event';
import type { Registration } from '../model/live-state';
import { created, joined, left, member, muted } from '../test-support/live-builders';
import { numberDeltas } from './delta-seq';
import { EMPTY_LIVE_VIEW, projectLiveView } from './live-view';
import { missedDeltas, restoreLiveView, type JournaledLiveEvent, type SentDelta } from './replay-journal';

const TEAM = 'team_g722';
const FRIENDS = 'friends_conf';
const ann = member('1', '20000', 'ann');
const bob = member('2', '21000', 'bob');
const phone: Registration = { id: '20000', regid: 'call-1', sipcon: '192.0.2.1:5060' };

const xmlState = (friendsContext: Context = 'friends'): LiveJournalEvent => ({
  type: 'XmlStateRebuilt',
  data: {
    conferences: [
      { name: TEAM, num: '30000', context: 'team', type: '16kHz-novideo' },
      { name: FRIENDS, num: '31000', context: friendsContext, type: '16kHz-novideo' },
    ],
  },
});
const conferencesRebuilt: LiveJournalEvent = { type: 'ConferencesRebuilt', data: { conferences: [] } };
const registrationsRebuilt: LiveJournalEvent = { type: 'RegistrationsRebuilt', data: { registrations: [] } };
const registered: LiveJournalEvent = { type: 'RegistrationAdded', data: { registration: phone } };

/** Entries numbered from `first` on, as the journal numbers them. */
function journal(first: number, ...events: LiveJournalEvent[]): JournaledLiveEvent[] {
  return events.map((event, i) => ({ seq: first + i, event }));
}

/** What a client of the context that stayed connected through all of the entries was sent. */
function sentLive(events: readonly JournaledLiveEvent[], context: Context): SentDelta[] {
  let view = EMPTY_LIVE_VIEW;
  const sent: SentDelta[] = [];
  for (const { seq, event } of events) {
    const projection = projectLiveView(view, event);
    view = projection.view;
    for (const delta of numberDeltas(seq, projection.deltas)) {
      const message = delta.messages[context];
      if (message !== undefined) sent.push({ seq: delta.seq, message });
    }
  }
  return sent;
}

const HISTORY = journal(
  1,
  xmlState(),
  conferencesRebuilt,
  registrationsRebuilt,
  created(TEAM),
  joined(TEAM, ann),
  created(FRIENDS),
  joined(FRIENDS, bob),
  registered,
  muted(TEAM, '1'),
  xmlState('public'),
  left(FRIENDS, bob),
);

describe('missedDeltas', () => {
  it.each(['team', 'friends', 'public'] as const)(
    'given the journal, when a %s client resumes, then it gets what it would have been sent after its since',
    (context) => {
      const sent = sentLive(HISTORY, context);
      const since = sent.find((delta) => delta.seq > 5000)!.seq;
      expect(missedDeltas({ after: 0, events: HISTORY }, since, context)).toEqual(
        sent.filter((delta) => delta.seq > since),
      );
    },
  );

  it('given a friends client, then it is sent nothing of the team conference', () => {
    const missed = missedDeltas({ after: 0, events: HISTORY }, 4000, 'friends')!;
    expect(missed.map((delta) => delta.message)).toEqual([
      { event: 'newConference', data: expect.objectContaining({ name: FRIENDS, members: [bob] }) },
      { event: 'addReg', user: phone },
      { event: 'newXML' },
      { event: 'newLiveState', data: [expect.objectContaining({ name: FRIENDS, context: 'public' })] },
      { event: 'delConference', conference: FRIENDS },
    ]);
  });

  it('given an xmlState rebuild that opens a conference to public, then newXML and the newLiveState of each context', () => {
    const missed = missedDeltas({ after: 0, events: HISTORY }, 9999, 'public')!;
    expect(missed).toEqual([
      { seq: 10000, message: { event: 'newXML' } },
      { seq: 10001, message: { event: 'newLiveState', data: [expect.objectContaining({ name: FRIENDS })] } },
      { seq: 11000, message: { event: 'delConference', conference: FRIENDS } },
    ]);
  });

  it('given an xmlState rebuild that changes no visibility, then newXML alone', () => {
    const events = [...HISTORY, ...journal(12, xmlState('public'))];
    expect(missedDeltas({ after: 0, events }, 11000, 'team')).toEqual([
      { seq: 12000, message: { event: 'newXML' } },
    ]);
  });

  it('given a since the client is up to date with, then nothing', () => {
    expect(missedDeltas({ after: 0, events: HISTORY }, 11000, 'team')).toEqual([]);
  });

  it('given a since whose entry lies before the stretch, then it cannot tell', () => {
    expect(missedDeltas({ after: 5, events: HISTORY.slice(5) }, 5000, 'team')).toBeUndefined();
  });

  it('given a stretch that starts after the conferences were rebuilt, then deltas about conferences cannot be told', () => {
    const stretch = { after: 2, events: HISTORY.slice(2) };
    expect(missedDeltas(stretch, 7000, 'team')).toBeUndefined();
  });

  it("given a stretch from the journal's first entry, then the view before it is empty", () => {
    const events = journal(1, created(TEAM), joined(TEAM, ann), registered);
    expect(missedDeltas({ after: 0, events }, 1000, 'team')).toEqual(sentLive(events, 'team'));
  });

  it('given a stretch that holds every rebuild before the since, then the entries before the stretch do not matter', () => {
    const events = [
      ...journal(100, xmlState(), conferencesRebuilt, registrationsRebuilt),
      ...HISTORY.slice(3).map(({ event }, i) => ({ seq: 103 + i, event })),
    ];
    const sent = sentLive(events, 'team');
    expect(missedDeltas({ after: 99, events }, 104000, 'team')).toEqual(sent.filter((d) => d.seq > 104000));
  });
});

describe('restoreLiveView', () => {
  it('given the journal, then the view a projection that followed it holds', () => {
    const view = restoreLiveView(HISTORY);
    expect([...view.state.conferences.keys()]).toEqual([TEAM, FRIENDS]);
    expect(view.state.conferences.get(FRIENDS)!.members).toEqual([]);
    expect([...view.state.registrations.values()]).toEqual([phone]);
    expect(view.lookup(FRIENDS)).toEqual({ context: 'public', type: '16kHz-novideo', num: '31000' });
  });
});
