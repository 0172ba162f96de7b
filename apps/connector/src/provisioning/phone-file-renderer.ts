import { createHash } from 'node:crypto';
import { CONTEXTS, type Conference, type Context, type User } from '@fscon/contracts';
import {
  conferencesVisibleTo,
  renderLinphone,
  renderPolycomAllprov,
  renderPolycomDirectory,
  renderPolycomMaster,
  type PhoneInput,
  type ProvisioningFile,
  type ProvisioningPaths,
  type ProvisioningRenderer,
  type ProvisioningSettings,
} from '@fscon/provisioning';

/** Where phones reach FreeSWITCH: its SIP domain and the TLS port of its internal profile. */
export interface SwitchSip {
  domain: string;
  tlsPort: number;
}

/** Distinct directories kept: enough for every context's phones without items of their own. */
const DIRECTORIES_KEPT = 16;

/**
 * Renders the files provisioningFilesFor gives, for the users of one projection run, sharing what
 * they have in common: the conferences each context may see are sorted once, the master file (the
 * same for every phone) is rendered once, and so is each distinct contact directory — phones whose
 * current directory is the same get the same new one, without parsing it again.
 */
export class PhoneFileRenderer {
  private readonly visible: Record<Context, Conference[]>;
  private master: string | undefined;
  private readonly directories = new Map<string, string>();

  constructor(
    private readonly renderer: ProvisioningRenderer,
    conferences: readonly Conference[],
    private readonly sip: SwitchSip,
    private readonly settings: ProvisioningSettings,
  ) {
    const entries = CONTEXTS.map((context) => [context, conferencesVisibleTo(context, conferences)]);
    this.visible = Object.fromEntries(entries) as Record<Context, Conference[]>;
  }

  /** The user's files at `paths` (from provisioningPaths), the directory merged with `existingDirectory`. */
  filesFor(user: User, paths: ProvisioningPaths, existingDirectory?: string): ProvisioningFile[] {
    const input: PhoneInput = {
      user,
      conferences: this.visible[user.context],
      domain: this.sip.domain,
      tlsPort: this.sip.tlsPort,
      provisioningUrl: this.settings.provisioningUrl,
    };
    const files = [{ path: paths.linphone.file, content: renderLinphone(this.renderer, input) }];
    if (!paths.polycom) return files;
    this.master ??= renderPolycomMaster(this.renderer, input);
    files.push(
      { path: paths.polycom.master, content: this.master },
      { path: paths.polycom.allprov, content: renderPolycomAllprov(this.renderer, input) },
      { path: paths.polycom.directory, content: this.directory(input, existingDirectory) },
    );
    return files;
  }

  private directory(input: PhoneInput, existing: string | undefined): string {
    const digest = createHash('sha1')
      .update(existing ?? '')
      .digest('base64');
    const key = `${input.user.context} ${digest}`;
    const known = this.directories.get(key);
    if (known !== undefined) return known;
    const directory = renderPolycomDirectory(this.renderer, input, existing);
    const oldest = this.directories.keys().next();
    if (this.directories.size >= DIRECTORIES_KEPT && !oldest.done) this.directories.delete(oldest.value);
    this.directories.set(key, directory);
    return directory;
  }
}
