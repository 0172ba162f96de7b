import { conferenceOf, LiveTestClient, type Received } from '../../support/live-client';
import { CONTEXTS, type DemoContext } from './demo-config';

/** One demo user of each context, as `/api/live?login=` takes them. */
export const CONTEXT_LOGINS: Record<DemoContext, string> = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
};

export type ContextClients = Record<DemoContext, LiveTestClient>;

/** A live client of the context that has its snapshot (`init` answered). */
export async function openContextClient(url: string, context: DemoContext): Promise<LiveTestClient> {
  const client = await LiveTestClient.open(url, CONTEXT_LOGINS[context]);
  await client.ask({ req: 'init' }, (message) => message.event === 'reply');
  return client;
}

/** One live client per context, each with its snapshot. */
export async function openContextClients(url: string): Promise<ContextClients> {
  const [team, friends, open] = await Promise.all(CONTEXTS.map((context) => openContextClient(url, context)));
  return { team: team!, friends: friends!, public: open! };
}

export async function closeContextClients(clients: ContextClients | undefined): Promise<void> {
  if (clients) await Promise.all(Object.values(clients).map((client) => client.close()));
}

/** How many messages each client has received so far: where a test starts reading them. */
export function receivedSoFar(clients: ContextClients): Record<DemoContext, number> {
  return {
    team: clients.team.received.length,
    friends: clients.friends.received.length,
    public: clients.public.received.length,
  };
}

/** The messages about the conference the client received from the index `from` on. */
export function messagesAbout(client: LiveTestClient, conference: string, from: number): Received[] {
  return client.received.slice(from).filter((message) => conferenceOf(message) === conference);
}

/** A talking or stoptalking delta: their timing follows the audio, not the controls a test sends. */
export const isTalkingDelta = (message: Received): boolean =>
  message.event === 'talking' || message.event === 'stoptalking';

/** The messages as a test expects them: without the sequence numbers the server gives them. */
export function withoutSeq(messages: readonly Received[]): Omit<Received, 'seq'>[] {
  return messages.map(({ seq: _, ...message }) => message);
}
