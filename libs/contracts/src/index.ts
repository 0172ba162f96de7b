export * from './xml-state';
export * from './context-ranges';
export * from './http-api';
