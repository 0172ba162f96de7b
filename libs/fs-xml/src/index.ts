export type { ParseResult } from './parse/parse-result';
export { XmlParseError } from './parse/xml-parse-error';
export { parseDirectory } from './parse/directory';
export { parseDialplan } from './parse/dialplan';
export { parseConferenceTypes } from './parse/conference-types';
export { parseGlobals } from './parse/globals';
export * from './render';
export * from './switch-vars';
