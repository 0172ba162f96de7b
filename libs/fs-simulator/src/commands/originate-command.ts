import { originate } from '../live/originate';
import { ApiHandler } from './command-context';

/** `originate` of mod_commands: calls a directory user into a conference (see live/originate). */
export const originateCommand: ApiHandler = (arg, { live }) => originate(live, arg);
