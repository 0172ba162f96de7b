import type { User } from '@fscon/contracts';
import type { RealFreeswitch } from '@fscon/real-freeswitch';

/** A user as FreeSWITCH's `user_data` gives it: the fields of a User, each asked for on its own. */
export type UserData = Omit<User, 'id' | 'context'> & { context: string };

/** fs_cli ends every answer with a line break of its own. */
const answerOf = (text: string) => text.replace(/\n+$/, '');

/** The domain FreeSWITCH's users are in: the `domain` global. */
export async function switchDomain(freeswitch: RealFreeswitch): Promise<string> {
  return answerOf(await freeswitch.api('global_getvar domain'));
}

/** `user_exists id <id> <domain>`. */
export async function userExists(freeswitch: RealFreeswitch, id: string): Promise<boolean> {
  const answer = answerOf(await freeswitch.api(`user_exists id ${id} ${await switchDomain(freeswitch)}`));
  if (answer !== 'true' && answer !== 'false') throw new Error(`user_exists answered ${answer}`);
  return answer === 'true';
}

/** `user_data <id>@<domain> param|var <name>` for every field of a user. */
export async function userData(freeswitch: RealFreeswitch, id: string): Promise<UserData> {
  return userDataOf((command) => freeswitch.api(command), await switchDomain(freeswitch), id);
}

/** userData through any way of asking the switch (fs_cli, a raw Event Socket client). */
export async function userDataOf(
  api: (command: string) => Promise<string>,
  domain: string,
  id: string,
): Promise<UserData> {
  const ask = async (kind: 'param' | 'var', name: string) =>
    answerOf(await api(`user_data ${id}@${domain} ${kind} ${name}`));
  const [password, conpin, context, name, email, polymac] = await Promise.all([
    ask('param', 'password'),
    ask('var', 'conpin'),
    ask('var', 'user_context'),
    ask('var', 'effective_caller_id_name'),
    ask('var', 'verto_dvar_email'),
    ask('var', 'polymac'),
  ]);
  return { password, conpin, context, name, email, polymac };
}
