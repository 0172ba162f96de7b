import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  locateFreeswitch,
  RealFreeswitch,
  realFreeswitchCache,
  type Installation,
} from '@fscon/real-freeswitch';
import { DEMO_EXTRA_OVERLAY, DEMO_OVERLAY, REPO_ROOT, SHIPPED_CONF } from './conf-workspace';
import type { DemoSwitch } from './demo-switch';

/**
 * The FreeSWITCH a path names: an installation prefix (`PREFIX/bin/freeswitch`), an archive of that
 * layout (`.tar.zst`, unpacked once into node_modules/.cache), or a folder holding one such archive.
 */
export function demoInstallation(path: string): Installation {
  const cacheDir = realFreeswitchCache(REPO_ROOT);
  const full = resolve(path);
  if (!existsSync(full)) throw new Error(`--freeswitch ${path}: no such file or folder`);
  if (statSync(full).isDirectory() && !existsSync(join(full, 'bin', 'freeswitch'))) {
    const archives = readdirSync(full).filter((name) => name.endsWith('.tar.zst'));
    if (archives.length !== 1) {
      throw new Error(`--freeswitch ${path}: neither PREFIX/bin/freeswitch nor one *.tar.zst in it`);
    }
    return demoInstallation(join(full, archives[0]!));
  }
  const env = statSync(full).isDirectory() ? { FREESWITCH_HOME: full } : { FREESWITCH_ARCHIVE: full };
  const located = locateFreeswitch({ repoRoot: REPO_ROOT, cacheDir, env });
  if (!located.found) throw new Error(`--freeswitch ${path}: ${located.reason}`);
  return { ...located.installation, origin: full };
}

/**
 * A real FreeSWITCH on the shipped configuration with the demo data, every listener on 127.0.0.1 at
 * free ports, in a temporary folder it deletes when stopped. Its SIP WebSocket for browsers is plain
 * `ws://` (sofia's ws-binding at the port `wss_binding` names): the demo's page is served over plain
 * HTTP, and its phone then dials ws://, as browsers refuse wss:// to a self-signed certificate.
 */
export async function startRealSwitch(installation: Installation, scratch: string): Promise<DemoSwitch> {
  const freeswitch = await RealFreeswitch.launch({
    installation,
    configuration: [SHIPPED_CONF, DEMO_OVERLAY, DEMO_EXTRA_OVERLAY, plainWebSocketOverlay(scratch)],
    cacheDir: realFreeswitchCache(REPO_ROOT),
  });
  const staticDir = join(freeswitch.root, 'static');
  mkdirSync(staticDir);
  return {
    description: `FreeSWITCH from ${installation.origin}`,
    eventSocket: { host: '127.0.0.1', port: freeswitch.ports.eventSocket, password: freeswitch.password },
    confDir: freeswitch.confDir,
    recordingsDir: freeswitch.recordingsDir,
    staticDir,
    logFile: freeswitch.logFile,
    notes: [
      `FreeSWITCH (pid ${freeswitch.pid}) on 127.0.0.1: Event Socket ${freeswitch.ports.eventSocket}, ` +
        `SIP ${freeswitch.ports.sip}, SIP WebSocket (ws) ${freeswitch.ports.wss}; its log is ${freeswitch.logFile}`,
    ],
    stop: () => freeswitch.remove(),
  };
}

/** sofia.conf.xml as shipped, but binding the browsers' SIP WebSocket without TLS. */
function plainWebSocketOverlay(scratch: string): string {
  const overlay = join(scratch, 'plain-ws-overlay');
  const file = join('autoload_configs', 'sofia.conf.xml');
  const shipped = readFileSync(join(SHIPPED_CONF, file), 'utf8');
  const plain = shipped.replace('<param name="wss-binding"', '<param name="ws-binding"');
  if (plain === shipped) throw new Error(`${join(SHIPPED_CONF, file)} has no wss-binding to turn into ws`);
  mkdirSync(join(overlay, 'autoload_configs'), { recursive: true });
  writeFileSync(join(overlay, file), plain);
  return overlay;
}
