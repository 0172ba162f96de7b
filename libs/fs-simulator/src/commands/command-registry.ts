import { ApiHandler, CommandContext } from './command-context';

/** The api commands the simulator knows, by exact (case-sensitive) name, as FreeSWITCH registers them. */
export class CommandRegistry {
  private readonly handlers = new Map<string, ApiHandler>();

  register(name: string, handler: ApiHandler): this {
    this.handlers.set(name, handler);
    return this;
  }

  registerAll(handlers: Readonly<Record<string, ApiHandler>>): this {
    for (const [name, handler] of Object.entries(handlers)) this.register(name, handler);
    return this;
  }

  /** The command's output, or undefined when no such command exists. */
  execute(name: string, arg: string, context: CommandContext): string | undefined {
    return this.handlers.get(name)?.(arg, context);
  }
}
