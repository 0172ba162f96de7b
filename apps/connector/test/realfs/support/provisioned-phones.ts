import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { User } from '@fscon/contracts';
import {
  linphoneEntries,
  polycomAllAttributes,
  polycomDirectoryItems,
  polycomMasterAttributes,
} from '../../../../../libs/provisioning/src/test-support/xml-checks';
import { digestFetch } from '../../support/digest-client';
import { VISIBLE_CONTEXTS } from './demo-config';
import type { RealSystem } from './real-system';
import { sipUriParts, type SofiaProfile } from './sofia-profile';
import { dialplanConferences, switchDirectory } from './switch-config';

/**
 * Expectations on the files a user's phones fetch from the connector, against what the switch says:
 * its directory (the user's domain and password), its dialplan and the SIP profile it runs.
 */
export function provisionedPhones(system: RealSystem, profile: SofiaProfile, provisioningUrl: string) {
  const tls = profile.tls;
  if (!tls) throw new Error('the SIP profile has no TLS listener');

  const fetchAs = async (path: string, user: Pick<User, 'name' | 'password'>) => {
    const response = await digestFetch(`${system.connector.url}${path}`, {
      user: user.name,
      password: user.password,
    });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return response.body;
  };
  /** The user as the directory has it, and the domain it authenticates in. */
  const directoryEntry = async (id: string) => {
    const entry = (await switchDirectory(system.freeswitch)).find(({ user }) => user.id === id);
    if (!entry) throw new Error(`FreeSWITCH has no user ${id}`);
    return entry;
  };
  /** Where a phone sends SIP: the domain, an address of the TLS listener, on its port and transport. */
  const expectSwitchTls = (
    domain: string,
    host: string,
    port: number | string | undefined,
    transport: string,
  ) => {
    expect(host).toBe(domain);
    expect([profile.sipIp, profile.extSipIp]).toContain(host);
    expect(Number(port)).toBe(tls.port);
    expect(tls.transports).toContain(transport.toLowerCase());
  };
  const visibleNums = async (user: User) =>
    (await dialplanConferences(system.freeswitch))
      .filter((conference) => VISIBLE_CONTEXTS[user.context].includes(conference.context))
      .map((conference) => conference.num)
      .sort();

  return {
    fetchAs,

    async expectLinphoneAgrees(user: User): Promise<void> {
      const { domain, user: known } = await directoryEntry(user.id);
      const body = await fetchAs('/linphone', user);
      expect(readFileSync(join(system.staticDir, 'linphone', user.id, 'linphone.xml'), 'utf8')).toBe(body);
      const entries = linphoneEntries(body);
      const proxy = sipUriParts(entries.proxy_0!.reg_proxy!);
      expectSwitchTls(domain, proxy.host, proxy.port, /;transport=(\w+)/.exec(proxy.params)?.[1] ?? 'udp');
      const identity = sipUriParts(entries.proxy_0!.reg_identity!);
      expect(identity).toMatchObject({ user: user.id, host: domain, port: tls.port });
      expect(entries.auth_info_0).toEqual({
        username: user.id,
        passwd: known.password,
        realm: domain,
        domain,
      });
      const contacts = Object.entries(entries)
        .filter(([section]) => section.startsWith('friend_'))
        .map(([, entry]) => sipUriParts(entry.url!));
      contacts.forEach((contact) => expect(contact).toMatchObject({ host: domain, port: tls.port }));
      expect(contacts.map((contact) => contact.user).sort()).toEqual(await visibleNums(user));
      expect(entries.misc).toEqual({ 'config-uri': `${provisioningUrl}/linphone` });
    },

    async expectPolycomAgrees(user: User): Promise<void> {
      const { domain, user: known } = await directoryEntry(user.id);
      const all = polycomAllAttributes(await fetchAs('/polycom/allprov.cfg', user));
      const server = (field: string) => all[`reg.1.server.1.${field}`];
      expectSwitchTls(domain, server('address')!, server('port'), server('transport')!);
      expect(all).toMatchObject({
        'reg.1.address': user.id,
        'reg.1.auth.userId': user.id,
        'reg.1.auth.password': known.password,
        'reg.1.auth.domain': domain,
        'device.prov.serverName': `${provisioningUrl}/polycom`,
      });
      const master = polycomMasterAttributes(await fetchAs(`/polycom/${user.polymac}.cfg`, user));
      expect(master.CONFIG_FILES).toBe(`${provisioningUrl}/polycom/allprov.cfg`);
      const directory = polycomDirectoryItems(await fetchAs(`/polycom/${user.polymac}-directory.xml`, user));
      expect(directory.map((item) => String(item.ct)).sort()).toEqual(await visibleNums(user));
    },
  };
}
