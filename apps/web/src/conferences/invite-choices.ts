import type { LiveRegistration } from '@fscon/contracts';

export interface InviteChoice {
  id: string;
  name: string;
}

/** The directory users to offer an invitation to: those with a registered phone first, then the rest, each by id. */
export function inviteChoices(
  registrations: Readonly<Record<string, LiveRegistration>>,
  names: ReadonlyMap<string, string>,
): { registered: InviteChoice[]; others: InviteChoice[] } {
  const online = new Set(Object.values(registrations).map((registration) => registration.id));
  const choice = (id: string): InviteChoice => ({ id, name: names.get(id) ?? id });
  const byId = (a: InviteChoice, b: InviteChoice) => a.id.localeCompare(b.id);
  return {
    registered: [...online].map(choice).sort(byId),
    others: [...names.keys()]
      .filter((id) => !online.has(id))
      .map(choice)
      .sort(byId),
  };
}
