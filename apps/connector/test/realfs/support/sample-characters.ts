import { rawApi } from '../../support/raw-esl';
import type { RealSystem } from './real-system';

/** Every printable ASCII character, U+0020 to U+007E. */
export const PRINTABLE_ASCII = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i));

/**
 * Non-ASCII text: accented letters, ß, €, an emoji, a combining accent, Hebrew (right to left), a
 * right-to-left mark, Chinese and a no-break space.
 */
export const NON_ASCII = ['é', 'ß', '€', '😀', 'e\u0301', '\u05D0\u05D1', '\u200F', '中文', '\u00A0'];

/**
 * Sequences FreeSWITCH's preprocessor would act on if they reached it unescaped: it expands `$${…}`
 * and drops every line that holds X-PRE-PROCESS, `<include>`, `</include>` or `<?`.
 */
export const PREPROCESSOR_BAIT = [
  '$${domain}',
  '${domain}',
  'X-PRE-PROCESS',
  '<include>',
  '</include>',
  '<?xml',
  '-->',
];

/**
 * How FreeSWITCH's `xml_locate` writes these characters in an attribute value, as recorded
 * (fixtures/fs-captures/README.md, `roundtrip/`); every other printable ASCII character as it is.
 */
const WRITTEN: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  é: '&#xE9;',
  ß: '&#xDF;',
  '€': '&#x20AC;',
  '😀': '&#x1F600;',
  '\u0301': '&#x301;',
  '\u05D0': '&#x5D0;',
  '\u05D1': '&#x5D1;',
  '\u200F': '&#x200F;',
  中: '&#x4E2D;',
  文: '&#x6587;',
  '\u00A0': '&#xA0;',
};

/** Sample text as FreeSWITCH writes it into an attribute value (text without `<!`). */
export const writtenByFreeswitch = (text: string): string =>
  [...text].map((char) => WRITTEN[char] ?? char).join('');

/** `api <command>` over a plain Event Socket connection of its own: the body exactly, and quick. */
export const switchApi =
  (system: () => RealSystem) =>
  (command: string): Promise<string> => {
    const { ports, password } = system().freeswitch;
    return rawApi('127.0.0.1', ports.eventSocket, password, command);
  };
