import { Counter, type Registry } from 'prom-client';
import type { LoginMetrics, LoginWay } from './metrics.ports';

const WAYS: LoginWay[] = ['digest', 'session', 'live'];

/** Failed logins and refusals by the failure budget, by way of logging in. */
export class PromLoginMetrics implements LoginMetrics {
  private readonly failures: Counter<'way'>;
  private readonly rateLimited: Counter<'way'>;

  constructor(registry: Registry) {
    this.failures = new Counter({
      name: 'fscon_login_failures_total',
      help: 'Failed logins (wrong password, unknown name, a live token that is not one), by way: digest, session, live',
      labelNames: ['way'],
      registers: [registry],
    });
    this.rateLimited = new Counter({
      name: 'fscon_login_rate_limited_total',
      help: 'Logins refused by the failure budget without trying the password (429), by way',
      labelNames: ['way'],
      registers: [registry],
    });
    for (const way of WAYS) {
      this.failures.inc({ way }, 0);
      this.rateLimited.inc({ way }, 0);
    }
  }

  loginFailed(way: LoginWay): void {
    this.failures.inc({ way });
  }

  loginRateLimited(way: LoginWay): void {
    this.rateLimited.inc({ way });
  }
}
