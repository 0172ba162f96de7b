export * from './xml-state';
export * from './closed-object';
export * from './context-ranges';
export * from './http-api';
export * from './session';
export * from './live-protocol';
export * from './live-messages';
export * from './error-codes';
