import type { UserInfoResponse } from '@fscon/contracts';
import { provisioningUrls } from '../directory/provisioning';
import { Secret } from '../ui/Secret';

/** The user's own account and phone setup; secrets only on request. */
export function AccountView({ info }: { info?: UserInfoResponse }) {
  if (info === undefined) return <p role="status">Loading…</p>;
  const urls = provisioningUrls(info, window.location.origin);
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">Your account</h2>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{info.name}</dd>
        <dt>Number</dt>
        <dd>{info.id}</dd>
        <dt>Context</dt>
        <dd>{info.context}</dd>
        <dt>Email</dt>
        <dd>{info.email}</dd>
        <dt>Password (also for SIP)</dt>
        <dd>
          <Secret what="password" value={info.password} />
        </dd>
        <dt>Conference PIN</dt>
        <dd>
          <Secret what="conference PIN" value={info.conpin} />
        </dd>
        {urls && (
          <>
            <dt>Linphone remote provisioning</dt>
            <dd>
              <Secret what="Linphone URL" value={urls.linphone} />
            </dd>
          </>
        )}
        {urls?.polycom && (
          <>
            <dt>Polycom provisioning server</dt>
            <dd>
              <Secret what="Polycom URL" value={urls.polycom} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
