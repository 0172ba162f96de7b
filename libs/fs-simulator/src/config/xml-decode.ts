/**
 * Entity and line-ending decoding of switch_xml_decode, including what it does to the parse buffer:
 * FreeSWITCH counts newlines in that (modified) buffer for "error near line N", so the decoder reports
 * how many newlines the region gained or lost.
 */
import { decodeInBuffer } from './xml-decode-buffer';

export type DecodeMode = 'text' | 'attribute' | 'cdata';

export interface Decoded {
  value: string;
  newlineDelta: number;
}

export function decodeXml(segment: string, mode: DecodeMode): Decoded {
  if (mode !== 'cdata' && segment.includes('&')) {
    return decodeInBuffer(segment, mode);
  }
  let value = segment;
  let newlineDelta = 0;
  if (value.includes('\r')) {
    newlineDelta = count(value, /\r/g) - count(value, /\r\n/g);
    value = value.replace(/\r\n?/g, '\n');
  }
  if (mode === 'attribute' && /[\t\n\v\f]/.test(value)) {
    newlineDelta -= count(value, /\n/g);
    value = value.replace(/[\t\n\v\f]/g, ' ');
  }
  return { value, newlineDelta };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
