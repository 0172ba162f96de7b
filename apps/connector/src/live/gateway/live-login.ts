import { Injectable } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { LoginPolicy } from '../../auth/login-policy/login-policy';
import { PasswordLogin, type LoginOutcome } from '../../auth/password-login';
import { LiveTokens } from '../../session/live-tokens';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';

export type LiveLoginOutcome = LoginOutcome;

/**
 * Who opens a live socket: `?token=` (a single-use token from GET /session/live-token, which keeps
 * passwords out of URLs) or the original `?login=<name>:<password>`, name and password checked
 * together under the failure budget every login shares. A token proves a login made a moment ago on a
 * route that spent that budget, so a valid one is let in like a session's cookie; a token that is not
 * one, like a password without a name, counts as a failure of the address, so no guess goes uncounted.
 */
@Injectable()
export class LiveLogin {
  constructor(
    private readonly directory: XmlStateReadModel,
    private readonly tokens: LiveTokens,
    private readonly passwords: PasswordLogin,
    private readonly policy: LoginPolicy,
  ) {}

  async login(query: URLSearchParams, address: string): Promise<LiveLoginOutcome> {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    const token = query.get('token');
    if (token !== null) {
      const user = this.tokens.redeem(token);
      return user === undefined ? this.guessWithoutName(address) : authenticated(user);
    }
    const login = query.get('login') ?? '';
    if (login === '') return { kind: 'refused' };
    const colon = login.indexOf(':');
    if (colon <= 0) return this.guessWithoutName(address);
    return this.passwords.login(login.slice(0, colon), login.slice(colon + 1), address);
  }

  private async guessWithoutName(address: string): Promise<LiveLoginOutcome> {
    const check = await this.policy.check(address, undefined);
    if (!check.allowed) return { kind: 'rate-limited', retryAfterSeconds: check.retryAfterSeconds };
    await this.policy.failed(address, undefined);
    return { kind: 'refused' };
  }
}

function authenticated(user: User): LiveLoginOutcome {
  return { kind: 'authenticated', user };
}
