export const DEMO_USAGE = 'usage: npm run demo [-- --freeswitch PATH]   (or FSCON_DEMO_FREESWITCH=PATH)';

/**
 * The real FreeSWITCH the demo is to run, from `--freeswitch PATH` (or `--freeswitch=PATH`) or else
 * FSCON_DEMO_FREESWITCH; undefined for the simulator.
 */
export function freeswitchPath(args: readonly string[], fromEnvironment?: string): string | undefined {
  const at = args.findIndex((arg) => arg === '--freeswitch' || arg.startsWith('--freeswitch='));
  if (at === -1) {
    if (args.length > 0) throw new Error(`unknown argument ${args[0]}\n${DEMO_USAGE}`);
    return fromEnvironment || undefined;
  }
  const inline = args[at]!.startsWith('--freeswitch=');
  const path = inline ? args[at]!.slice('--freeswitch='.length) : args[at + 1];
  if (!path || path.startsWith('--')) throw new Error(`--freeswitch needs a path\n${DEMO_USAGE}`);
  const rest = args.filter((_, i) => i !== at && (inline || i !== at + 1));
  if (rest.length > 0) throw new Error(`unknown argument ${rest[0]}\n${DEMO_USAGE}`);
  return path;
}
