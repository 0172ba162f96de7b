import { CommandRegistry } from './command-registry';
import { conferenceCommand } from './conference-command';
import { coreCommands } from './core-commands';
import { originateCommand } from './originate-command';
import { showCommand } from './show-command';
import { sofiaCommand } from './sofia-command';
import { xmlCommands } from './xml-commands';

export { CommandRegistry } from './command-registry';
export type { ApiHandler, CommandContext } from './command-context';

/** Every api command the simulator answers. */
export function createCommandRegistry(): CommandRegistry {
  return new CommandRegistry()
    .registerAll(coreCommands)
    .registerAll(xmlCommands)
    .register('conference', conferenceCommand)
    .register('originate', originateCommand)
    .register('show', showCommand)
    .register('sofia', sofiaCommand);
}
