import type { Simulator } from '../simulator';

/** The `password` param of directory user `id`, read from the simulator's loaded configuration. */
export function directoryPassword(simulator: Simulator, id: string): string | undefined {
  const directory = simulator.api('xml_locate directory');
  const escaped = id.replace(/[^\w]/g, '\\$&');
  const user = new RegExp(`<user\\s[^>]*id="${escaped}"[^>]*>([\\s\\S]*?)</user>`).exec(directory)?.[1];
  return user === undefined ? undefined : /<param\s+name="password"\s+value="([^"]*)"/.exec(user)?.[1];
}
