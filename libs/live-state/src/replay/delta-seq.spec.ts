import type { LiveDelta } from '../project/client-messages';
import { DELTAS_PER_ENTRY, entryOfDelta, numberDeltas } from './delta-seq';

const newXML: LiveDelta = { audience: ['team', 'friends', 'public'], message: { event: 'newXML' } };
const newLiveState = (context: 'team' | 'friends' | 'public'): LiveDelta => ({
  audience: [context],
  message: { event: 'newLiveState', data: [] },
});

describe('numberDeltas', () => {
  it('numbers the deltas of entry n from n × 1000 on, and names n again', () => {
    const numbered = numberDeltas(7, [newXML, newLiveState('team'), newLiveState('public')]);
    expect(numbered.map((delta) => delta.seq)).toEqual([7000, 7001]);
    expect(numbered.map((delta) => entryOfDelta(delta.seq))).toEqual([7, 7]);
  });

  it('gives the newLiveState messages of one rebuild one number', () => {
    const [rebuild] = numberDeltas(3, [newLiveState('team'), newLiveState('friends')]);
    expect(Object.keys(rebuild!.messages)).toEqual(['team', 'friends']);
  });

  it('refuses an entry with more deltas than it has numbers', () => {
    const many = Array.from({ length: DELTAS_PER_ENTRY + 1 }, () => newXML);
    expect(() => numberDeltas(1, many)).toThrow(RangeError);
    expect(numberDeltas(1, many.slice(1)).at(-1)!.seq).toBe(1999);
  });
});
