import { Counter, Histogram, type Registry } from 'prom-client';
import type { RebuildResult, ReloadResult, XmlStateMetrics } from './metrics.ports';

/** Reading FreeSWITCH's XML takes from milliseconds (a few users) to seconds (thousands). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** xmlState rebuilds and reloadxml: how each ended, how long it took. */
export class PromXmlStateMetrics implements XmlStateMetrics {
  private readonly rebuilds: Counter<'result'>;
  private readonly rebuildSeconds: Histogram;
  private readonly reloads: Counter<'result'>;
  private readonly reloadSeconds: Histogram;

  constructor(registry: Registry) {
    const registers = [registry];
    this.rebuilds = new Counter({
      name: 'fscon_xml_state_rebuilds_total',
      help: 'xmlState rebuilds (reading the configuration over the Event Socket), by result: ok, failed',
      labelNames: ['result'],
      registers,
    });
    this.rebuildSeconds = new Histogram({
      name: 'fscon_xml_state_rebuild_duration_seconds',
      help: 'Time an xmlState rebuild took, ok or failed',
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.reloads = new Counter({
      name: 'fscon_reloadxml_total',
      help: "The connector's reloadxml commands, by result: ok, refused (FreeSWITCH kept its old XML), failed (no answer)",
      labelNames: ['result'],
      registers,
    });
    this.reloadSeconds = new Histogram({
      name: 'fscon_reloadxml_duration_seconds',
      help: 'Time from sending reloadxml to its answer',
      buckets: DURATION_BUCKETS,
      registers,
    });
    for (const result of ['ok', 'failed'] satisfies RebuildResult[]) this.rebuilds.inc({ result }, 0);
    for (const result of ['ok', 'refused', 'failed'] satisfies ReloadResult[])
      this.reloads.inc({ result }, 0);
  }

  rebuilt(result: RebuildResult, seconds: number): void {
    this.rebuilds.inc({ result });
    this.rebuildSeconds.observe(seconds);
  }

  reloaded(result: ReloadResult, seconds: number): void {
    this.reloads.inc({ result });
    this.reloadSeconds.observe(seconds);
  }
}
