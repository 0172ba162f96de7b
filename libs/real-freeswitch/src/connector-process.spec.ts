import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectorCommand } from './connector-process';

describe('connectorCommand', () => {
  let root: string;
  const withStart = (start: string) =>
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { start } }));

  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'fscon-command-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes the options and the entry file of the node command at the end of the start script', () => {
    withStart('npm run build && node --single-threaded-gc dist/connector.js');
    expect(connectorCommand(root)).toEqual({
      nodeOptions: ['--single-threaded-gc'],
      entry: join(root, 'dist/connector.js'),
    });
  });

  it('resolves relative paths among the options against the checkout', () => {
    withStart('node -r ./scripts/register-paths.cjs dist/apps/connector/src/main.js');
    expect(connectorCommand(root)).toEqual({
      nodeOptions: ['-r', join(root, 'scripts/register-paths.cjs')],
      entry: join(root, 'dist/apps/connector/src/main.js'),
    });
  });

  it('refuses a start script that does not end in a node command', () => {
    withStart('nest start');
    expect(() => connectorCommand(root)).toThrow('does not end in node <options> <file>.js');
  });
});
