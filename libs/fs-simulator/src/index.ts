export { startSimulator, Simulator } from './simulator';
export { CORE_VARIABLE_NAMES } from './options';
export type { CoreVariableName, SimulatorOptions } from './options';
export { CAPTURED_VERSION } from './core/version';
export type { FreeSwitchVersion } from './core/version';
export { FsEvent } from './events/fs-event';
export type { EventHeader } from './events/fs-event';
export { ORIGINS } from './events/origins';
export type { EventOrigin } from './events/origins';
