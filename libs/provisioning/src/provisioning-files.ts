import type { User, XmlState } from '@fscon/contracts';
import { renderLinphone } from './linphone';
import type { PhoneInput } from './phone-input';
import { renderPolycomAllprov, renderPolycomDirectory, renderPolycomMaster } from './polycom';
import { ProvisioningError } from './provisioning-error';
import type { ProvisioningRenderer } from './renderer';

/** What the connector knows about itself; where phones reach FreeSWITCH comes from its globals. */
export interface ProvisioningSettings {
  /** Base HTTPS address of the provisioning routes (see provisioningBaseUrl). */
  provisioningUrl: string;
}

/** A file below the provisioning folder, by its path relative to that folder. */
export interface ProvisioningFile {
  path: string;
  content: string;
}

/** Where a user's files live, relative to the provisioning folder; `polycom` only with a MAC. */
export interface ProvisioningPaths {
  linphone: { folder: string; file: string };
  polycom?: { folder: string; master: string; allprov: string; directory: string };
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const POLYCOM_MAC = /^[0-9a-f]{12}$/;

/** The user's provisioning paths; throws when the id or the MAC would not make a plain folder name. */
export function provisioningPaths(user: Pick<User, 'id' | 'polymac'>): ProvisioningPaths {
  if (!SAFE_ID.test(user.id)) {
    throw new ProvisioningError('PROVISIONING.USER_ID_INVALID', `user id ${JSON.stringify(user.id)}`);
  }
  const linphone = { folder: `linphone/${user.id}`, file: `linphone/${user.id}/linphone.xml` };
  if (user.polymac === 'none') return { linphone };
  if (!POLYCOM_MAC.test(user.polymac)) {
    throw new ProvisioningError(
      'PROVISIONING.POLYMAC_INVALID',
      `polymac ${JSON.stringify(user.polymac)} of user ${user.id} is neither none nor 12 lower-case hex digits`,
    );
  }
  const mac = user.polymac;
  const folder = `polycom/${mac}`;
  return {
    linphone,
    polycom: {
      folder,
      master: `${folder}/${mac}.cfg`,
      allprov: `${folder}/allprov.cfg`,
      directory: `${folder}/${mac}-directory.xml`,
    },
  };
}

/** FreeSWITCH's `internal_tls_port` global as a port number. */
export function internalTlsPort(globals: XmlState['globals']): number {
  const value = globals.internal_tls_port;
  const port = value !== undefined && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new ProvisioningError(
      'PROVISIONING.TLS_PORT_INVALID',
      `FreeSWITCH global internal_tls_port is ${value === undefined ? 'not set' : JSON.stringify(value)}`,
    );
  }
  return port;
}

/**
 * FreeSWITCH's `domain` global: the directory's domain, so the host phones register at and the realm
 * FreeSWITCH challenges them in.
 */
export function sipDomain(globals: XmlState['globals']): string {
  const value = globals.domain;
  if (value === undefined || !/^[^\s:]+$/.test(value)) {
    throw new ProvisioningError(
      'PROVISIONING.DOMAIN_INVALID',
      `FreeSWITCH global domain is ${value === undefined ? 'not set' : JSON.stringify(value)}; ` +
        'phones need a host name or IPv4 address there',
    );
  }
  return value;
}

/**
 * Every provisioning file `user` should have: the Linphone file, and with a Polycom MAC the master
 * file, allprov.cfg and the contact directory (merged with `existingDirectoryXml`, the phone's current
 * directory file at provisioningPaths(user).polycom.directory, if there is one).
 */
export function provisioningFilesFor(
  renderer: ProvisioningRenderer,
  user: User,
  xmlState: Pick<XmlState, 'globals' | 'conferences'>,
  settings: ProvisioningSettings,
  existingDirectoryXml?: string,
): ProvisioningFile[] {
  const paths = provisioningPaths(user);
  const input: PhoneInput = {
    user,
    conferences: xmlState.conferences,
    domain: sipDomain(xmlState.globals),
    tlsPort: internalTlsPort(xmlState.globals),
    provisioningUrl: settings.provisioningUrl,
  };
  const files = [{ path: paths.linphone.file, content: renderLinphone(renderer, input) }];
  if (paths.polycom) {
    files.push(
      { path: paths.polycom.master, content: renderPolycomMaster(renderer, input) },
      { path: paths.polycom.allprov, content: renderPolycomAllprov(renderer, input) },
      {
        path: paths.polycom.directory,
        content: renderPolycomDirectory(renderer, input, existingDirectoryXml),
      },
    );
  }
  return files;
}
