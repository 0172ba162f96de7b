import { Gauge, Registry } from 'prom-client';
import type { EslEvent } from '../esl/event-socket.port';
import { EventKinds } from './event-kinds';
import { talliedCounter } from './scraped-instruments';
import { Tally } from './tally';

const event = (name: string, subclass?: string, action?: string): EslEvent => ({
  name,
  ...(subclass !== undefined && { subclass }),
  headers: action === undefined ? {} : { Action: action },
});

describe('Tally', () => {
  it('counts known keys and folds the rest into other', async () => {
    const registry = new Registry();
    const tally = Tally.of(['a', 'b'], 'other');
    talliedCounter(registry, { name: 'x_total', help: 'x', label: 'k' }, tally);
    tally.add('a');
    tally.add('a', 2);
    tally.add('zzz');
    const values = (await registry.getSingleMetric('x_total')!.get()).values;
    expect(values.map(({ labels, value }) => [labels['k'], value])).toEqual([
      ['a', 3],
      ['b', 0],
      ['other', 1],
    ]);
  });

  it('drops unknown keys without an other, and shows gauges as they are', async () => {
    const registry = new Registry();
    const tally = Tally.of(['up']);
    tally.add('up', 2);
    tally.add('down');
    const gauge = new Gauge({ name: 'g', help: 'g', labelNames: ['s'], registers: [registry] });
    tally.setGauge(gauge, 's');
    expect((await gauge.get()).values).toEqual([{ labels: { s: 'up' }, value: 2 }]);
  });
});

describe('EventKinds', () => {
  it('names events, CUSTOM subclasses and conference actions, bounded', async () => {
    const registry = new Registry();
    const kinds = new EventKinds();
    talliedCounter(registry, { name: 'e_total', help: 'e', label: 'kind' }, kinds.byName, kinds.byAction);
    kinds.count(event('HEARTBEAT'));
    kinds.count(event('CUSTOM', 'sofia::register'));
    kinds.count(event('CUSTOM', 'conference::maintenance', 'add-member'));
    kinds.count(event('CUSTOM', 'conference::maintenance', 'made-up'));
    kinds.count(event('CHANNEL_CREATE'));
    const counted = (await registry.getSingleMetric('e_total')!.get()).values
      .filter(({ value }) => value > 0)
      .map(({ labels }) => labels['kind']);
    expect(counted).toEqual([
      'HEARTBEAT',
      'sofia::register',
      'other',
      'conference::add-member',
      'conference::other',
    ]);
  });
});
