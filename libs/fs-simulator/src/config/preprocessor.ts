import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { asciiLower, fromBinary, toBinary } from './binary';
import { expandVars } from './expand-vars';
import { GlobalVariables } from './global-variables';
import { includeFiles } from './include-glob';
import { directiveArgument, preProcessCommand } from './preprocess-commands';

/**
 * FreeSWITCH's XML preprocessor (preprocess() in switch_xml.c), line by line: `$${var}` expansion,
 * lines with `<include>`, `</include>` or `<?` dropped, `<X-PRE-PROCESS cmd=... data=.../>` replacing
 * its whole line, `<!--#cmd arg-->` directives. `set` and `env-set` change the variables at once, so
 * later lines see them; `include` splices the matching files in, each relative to its own directory.
 * Shell commands (`exec`, `exec-set`) and STUN look-ups are not run. Works on byte strings.
 */
export class Preprocessor {
  private output: string[] = [];

  constructor(
    private readonly variables: GlobalVariables,
    private readonly env: Readonly<Record<string, string | undefined>> = {},
  ) {}

  /** The preprocessed text of `file`, or undefined when it cannot be read. */
  run(confDir: string, file: string): string | undefined {
    this.output = [];
    return this.process(confDir, file, 0) ? this.output.join('') : undefined;
  }

  private process(cwd: string, file: string, level: number): boolean {
    if (level > 100) return false;
    let content: string;
    try {
      content = readFileSync(file).toString('latin1');
    } catch {
      return false;
    }
    let inDirectiveComment = false;
    const lookup = (name: string): string | undefined => this.variables.get(name);
    for (let start = 0, end = 0; start < content.length; start = end) {
      end = lineEnd(content, start);
      const line = content.slice(start, end);
      const { text, view } = line.includes('$${') ? expandVars(line, lookup) : { text: line, view: line };
      if (view.includes('<include>') || view.includes('</include>') || view.includes('<?')) continue;
      let rest = text;
      if (inDirectiveComment) {
        const close = view.indexOf('-->');
        if (close < 0) continue;
        inDirectiveComment = false;
        rest = view.slice(close + 3);
      }
      const command = preProcessCommand(rest);
      if (command !== null) {
        if (command) this.execute(command.cmd, command.data, cwd, level);
        continue;
      }
      const directive = rest.indexOf('<!--#');
      if (directive < 0) {
        this.output.push(rest);
        continue;
      }
      this.output.push(rest.slice(0, directive));
      const close = rest.indexOf('-->', directive);
      if (close >= 0) this.output.push(rest.slice(close + 3));
      else inDirectiveComment = true;
      const parsed = directiveArgument(rest.slice(directive + 5, close >= 0 ? close : undefined));
      if (parsed && asciiLower(parsed.cmd) !== 'env-set') this.execute(parsed.cmd, parsed.data, cwd, level);
    }
    return true;
  }

  private execute(cmd: string, data: string, cwd: string, level: number): void {
    switch (asciiLower(cmd)) {
      case 'set':
        return this.set(data);
      case 'env-set':
        return this.envSet(data);
      case 'include':
        for (const file of includeFiles(cwd, fromBinary(data))) this.process(dirname(file), file, level + 1);
        return;
    }
  }

  private set(keyValue: string): void {
    const eq = keyValue.indexOf('=');
    if (eq < 0) return;
    this.variables.set(keyValue.slice(0, eq).replace(/ +$/, ''), keyValue.slice(eq + 1).replace(/^ +/, ''));
  }

  /** `name=$VAR` takes the value from the environment, if it is set there. */
  private envSet(keyValue: string): void {
    const eq = keyValue.indexOf('=');
    if (eq < 0 || keyValue[eq + 1] !== '$') return;
    const value = this.env[fromBinary(keyValue.slice(eq + 2))];
    if (value !== undefined) this.variables.set(keyValue.slice(0, eq), toBinary(value));
  }
}

/** Where the line starting at `start` ends, as switch_fp_read_dline reads: after the first `\r` or `\n`. */
function lineEnd(content: string, start: number): number {
  for (let i = start; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return content.length;
}
