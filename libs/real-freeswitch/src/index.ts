export { locateFreeswitch, realFreeswitchCache } from './installation';
export type { Installation, Located, LocateOptions } from './installation';
export { freeSwitchPorts, RealFreeswitch } from './real-freeswitch';
export type { RealFreeswitchOptions, SwitchPorts } from './real-freeswitch';
export { connectorCommand, startConnectorProcess } from './connector-process';
export type { ConnectorCommand, ConnectorProcess, LoggedLine } from './connector-process';
export { freeSipPort, freeTcpPort, udpPortFree } from './free-ports';
export { guardAgainstOrphan } from './orphan-guard';
