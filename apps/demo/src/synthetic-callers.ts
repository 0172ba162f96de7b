import { Calls, MemberHandle } from '@fscon/fs-simulator';

/** Demo users by context, and the conference numbers each context reaches through the dialplan. */
const USERS: Record<string, string[]> = {
  team: ['20000', '20001', '20002', '20003'],
  friends: ['21000', '21001', '21002'],
  public: ['22000', '22001', '22002'],
};
const NUMBERS: Record<string, string[]> = {
  team: ['30000', '31000', '32000'],
  friends: ['31000', '32000'],
  public: ['32000'],
};
const MAX_MEMBERS = 8;
/** A synthetic talker falls silent after 1 to 4 seconds. */
const TALK_MS = { min: 1000, spread: 3000 };

const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/**
 * A gentle loop of synthetic participants: every `intervalMs` someone joins (while there are few),
 * someone talks for a few seconds, someone leaves, now and then a phone registers or unregisters.
 */
export class SyntheticCallers {
  private timer: NodeJS.Timeout | undefined;
  private readonly silences = new Set<NodeJS.Timeout>();
  private readonly registered = new Set<string>();

  constructor(
    private readonly calls: Calls,
    private readonly log: (message: string) => void,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(
      () => void this.step().catch((error: unknown) => this.log(String(error))),
      intervalMs,
    );
  }

  stop(): void {
    clearInterval(this.timer);
    this.silences.forEach((silence) => clearTimeout(silence));
    this.silences.clear();
  }

  private async step(): Promise<void> {
    const members = this.calls.members();
    const roll = Math.random();
    if (members.length < 2 || (roll < 0.4 && members.length < MAX_MEMBERS)) return this.join(members);
    if (roll < 0.7) return this.talk(members);
    if (roll < 0.9) return this.leave(members);
    return this.toggleRegistration();
  }

  private async join(members: MemberHandle[]): Promise<void> {
    const context = pick(Object.keys(USERS)) ?? 'team';
    const present = new Set(members.map((member) => member.callerIdNumber));
    const user = pick(USERS[context].filter((id) => !present.has(id)));
    const number = pick(NUMBERS[context]);
    if (!user || !number) return;
    const member = await this.calls.join({ number, user, via: Math.random() < 0.3 ? 'sip' : 'loopback' });
    this.log(`${member.callerIdName} (${user}) joined ${member.conference} as member ${member.memberId}`);
  }

  private async talk(members: MemberHandle[]): Promise<void> {
    const member = pick(members);
    if (!member) return;
    await this.calls.talk(member.memberId);
    const silence = setTimeout(
      () => {
        this.silences.delete(silence);
        // the member may have left meanwhile: then there is nobody to fall silent
        void this.calls.talk(member.memberId, false).catch(() => undefined);
      },
      TALK_MS.min + Math.random() * TALK_MS.spread,
    );
    this.silences.add(silence);
  }

  private async leave(members: MemberHandle[]): Promise<void> {
    const member = pick(members);
    if (!member) return;
    await this.calls.leave(member.memberId);
    this.log(`member ${member.memberId} left ${member.conference}`);
  }

  private async toggleRegistration(): Promise<void> {
    const user = pick(Object.values(USERS).flat());
    if (!user) return;
    if (this.registered.delete(user)) {
      await this.calls.unregister(user);
      this.log(`${user} unregistered`);
    } else {
      this.registered.add(user);
      await this.calls.register({ user, contact: `127.0.0.1:${5070 + this.registered.size}`, expires: 600 });
      this.log(`${user} registered`);
    }
  }
}
