import { asciiLower } from './binary';

/**
 * FreeSWITCH's global variables (switch_core_set_variable): an ordered list with case-insensitive names,
 * where setting a name moves it to the end and setting it to an empty value removes it.
 * Values are byte strings (see binary.ts).
 */
export class GlobalVariables {
  private readonly entries = new Map<string, { name: string; value: string }>();

  set(name: string, value: string): void {
    const key = asciiLower(name);
    this.entries.delete(key);
    if (value !== '') {
      this.entries.set(key, { name, value: disableVariableReferences(value) });
    }
  }

  get(name: string): string | undefined {
    return this.entries.get(asciiLower(name))?.value;
  }

  /** `name=value` lines in order, as `global_getvar` without an argument prints them. */
  dump(): string {
    let out = '';
    for (const { name, value } of this.entries.values()) {
      out += `${name}=${value}\n`;
    }
    return out;
  }
}

/** switch_string_var_check with disable: a `$` that starts a `${` reference (backslashes may sit between) becomes `%`. */
function disableVariableReferences(value: string): string {
  const chars = value.split('');
  let dollar = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '$') {
      dollar = i;
    } else if (dollar >= 0) {
      if (c === '{') {
        chars[dollar] = '%';
        dollar = -1;
      } else if (c !== '\\') {
        dollar = -1;
      }
    }
  }
  return chars.join('');
}
