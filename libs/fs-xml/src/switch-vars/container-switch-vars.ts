import * as check from './switch-var-checks';

/** A global of vars.xml that a container sets from the environment variable the original image used. */
export interface EnvSwitchVar {
  env: string;
  name: string;
  check: check.SwitchVarCheck;
  /** Never shown in a message. */
  secret?: boolean;
}

export const ENV_SWITCH_VARS: readonly EnvSwitchVar[] = [
  { env: 'DEFAULT_PASSWORD', name: 'default_password', check: check.secret, secret: true },
  { env: 'DOMAIN', name: 'domain', check: check.hostOrIpv4 },
  { env: 'DOMAIN_NAME', name: 'domain_name', check: check.hostOrIpv4 },
  { env: 'GLOBAL_CODEC_PREFS', name: 'global_codec_prefs', check: check.codecList },
  { env: 'OUTBOUND_CODEC_PREFS', name: 'outbound_codec_prefs', check: check.codecList },
  { env: 'EXTERNAL_RTP_IP', name: 'external_rtp_ip', check: check.externalAddress },
  { env: 'EXTERNAL_SIP_IP', name: 'external_sip_ip', check: check.externalAddress },
  { env: 'INTERNAL_SIP_PORT', name: 'internal_sip_port', check: check.port },
  { env: 'EXTERNAL_SIP_PORT', name: 'external_sip_port', check: check.port },
  { env: 'SIP_TLS_VERSION', name: 'sip_tls_version', check: check.tlsVersions },
  { env: 'INTERNAL_TLS_PORT', name: 'internal_tls_port', check: check.port },
  { env: 'INTERNAL_SSL_ENABLE', name: 'internal_ssl_enable', check: check.bool },
  { env: 'EXTERNAL_TLS_PORT', name: 'external_tls_port', check: check.port },
  { env: 'EXTERNAL_SSL_ENABLE', name: 'external_ssl_enable', check: check.bool },
  { env: 'SIP_TLS_CIPHERS', name: 'sip_tls_ciphers', check: check.cipherList },
  { env: 'INTERNAL_TLS_ONLY', name: 'internal_tls_only', check: check.bool },
  { env: 'ES_LISTEN_IP', name: 'es_listen_ip', check: check.ipAddress },
  { env: 'ES_LISTEN_PORT', name: 'es_listen_port', check: check.port },
  { env: 'ES_PW', name: 'es_pw', check: check.secret, secret: true },
  { env: 'DEFCONPIN', name: 'defconpin', check: check.pin },
  { env: 'MODCONPIN', name: 'modconpin', check: check.pin },
  { env: 'RECORDINGSDIR', name: 'recordings_dir', check: check.absolutePath },
  { env: 'WSS_BINDING', name: 'wss_binding', check: check.wssBinding },
  { env: 'RTP_START_PORT', name: 'rtp_start_port', check: check.port },
  { env: 'RTP_END_PORT', name: 'rtp_end_port', check: check.port },
  { env: 'INVITE_GATEWAY', name: 'invite_gateway', check: check.hostAndPort },
];

/**
 * What the image sets where the variable is not given, instead of the shipped vars.xml's value: TLS 1.2
 * and newer only. (The Event Socket password is generated, see `switchVarsFromEnv`.)
 */
export const IMAGE_DEFAULTS: Readonly<Record<string, string>> = { SIP_TLS_VERSION: 'tlsv1.2,tlsv1.3' };

export type Environment = Readonly<Record<string, string | undefined>>;

export type SwitchVarsResult =
  { ok: true; values: Record<string, string>; warnings: string[] } | { ok: false; problems: string[] };

/**
 * The globals to set in the shipped vars.xml from the environment: each given variable (an empty one
 * counts as not given) and the image's defaults, by vars.xml name. `esPassword` is used when ES_PW is
 * not given. Every invalid variable is named in `problems`; a secret's value is never shown.
 */
export function switchVarsFromEnv(
  env: Environment,
  shipped: Readonly<Record<string, string>>,
  esPassword: string,
): SwitchVarsResult {
  const given: Record<string, string> = { ...IMAGE_DEFAULTS, ES_PW: esPassword, ...nonEmpty(env) };
  const problems: string[] = [];
  const values: Record<string, string> = {};
  for (const variable of ENV_SWITCH_VARS) {
    const value = given[variable.env];
    if (value === undefined) continue;
    const problem = variable.check(value);
    if (problem)
      problems.push(`${variable.env}${variable.secret ? '' : `=${JSON.stringify(value)}`} ${problem}`);
    else values[variable.name] = value;
  }
  problems.push(...conflicts({ ...shipped, ...values }, values));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, values, warnings: warnings(values) };
}

/** The one message a container refuses to start with. */
export function describeProblems(problems: readonly string[]): string {
  return [`refusing to start: ${problems.length} invalid variable(s)`, ...problems.map((p) => `  ${p}`)].join(
    '\n',
  );
}

function nonEmpty(env: Environment): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

const envOf = (name: string): string => ENV_SWITCH_VARS.find((variable) => variable.name === name)!.env;

const LISTENERS = ['internal_sip_port', 'external_sip_port', 'internal_tls_port', 'external_tls_port',
  'es_listen_port', 'wss_binding'] as const; // prettier-ignore

/** Listeners that would share a port, and an RTP range that ends before it starts. */
function conflicts(effective: Record<string, string>, given: Record<string, string>): string[] {
  const problems: string[] = [];
  const portOf = (name: string): string | undefined => {
    const value = effective[name];
    if (value === undefined) return undefined;
    const port = name === 'wss_binding' ? check.wssPort(value) : value;
    return /^\d+$/.test(port) ? String(Number(port)) : undefined;
  };
  const byPort = new Map<string, string[]>();
  for (const name of LISTENERS) {
    const port = portOf(name);
    if (port !== undefined) byPort.set(port, [...(byPort.get(port) ?? []), name]);
  }
  for (const [port, names] of byPort) {
    if (names.length > 1 && names.some((name) => name in given)) {
      problems.push(`${names.map(envOf).join(', ')} must not share port ${port}`);
    }
  }
  const [start, end] = [Number(effective.rtp_start_port), Number(effective.rtp_end_port)];
  if (('rtp_start_port' in given || 'rtp_end_port' in given) && !(start < end)) {
    problems.push(`RTP_START_PORT (${start}) must be below RTP_END_PORT (${end})`);
  }
  return problems;
}

function warnings(values: Record<string, string>): string[] {
  const old = (values.sip_tls_version ?? '').split(',').filter((v) => v === 'tlsv1' || v === 'tlsv1.1');
  return old.length > 0 ? [`SIP_TLS_VERSION allows ${old.join(' and ')}, which are no longer safe`] : [];
}
