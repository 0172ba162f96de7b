export { locateFreeswitch } from './installation';
export type { Installation, Located, LocateOptions } from './installation';
export { RealFreeswitch } from './real-freeswitch';
export type { RealFreeswitchOptions, SwitchPorts } from './real-freeswitch';
export { setSwitchVars } from './switch-vars';
export { freeSipPort } from './free-ports';
export { connectorNodeOptions, startConnectorProcess } from './connector-process';
export type { ConnectorProcess } from './connector-process';
