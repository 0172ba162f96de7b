import type { DirectoryUser } from '../api/directory-api';
import type { Capabilities } from '../app/capabilities';
import { CallButton } from '../phone/CallButton';
import { Secret } from '../ui/Secret';
import { EditDeleteActions } from './EditDeleteActions';
import { provisioningUrls } from './provisioning';

interface Props {
  user: DirectoryUser;
  capabilities: Capabilities;
  online: boolean;
  onEdit(): void;
  onDelete(): void;
}

export function UserRow({ user, capabilities, online, onEdit, onDelete }: Props) {
  const manage = capabilities.manageDirectory;
  const urls = manage ? provisioningUrls(user, window.location.origin) : undefined;
  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>{user.id}</td>
      <td>{user.context}</td>
      {capabilities.directorySource !== 'public' && <td>{user.email}</td>}
      <td>
        <span className={`badge ${online ? 'state-connected' : 'state-idle'}`}>
          {online ? 'Online' : 'Offline'}
        </span>
      </td>
      {manage && (
        <td>
          {user.password !== undefined && <Secret what="password" of={user.name} value={user.password} />}
          {urls && <Secret what="Linphone URL" of={user.name} value={urls.linphone} />}
          {urls?.polycom && <Secret what="Polycom URL" of={user.name} value={urls.polycom} />}
        </td>
      )}
      <td>
        <div className="actions">
          <CallButton target={user.id} name={user.name} />
          {manage && (
            <EditDeleteActions
              name={user.name}
              question={`Delete user ${user.name} (${user.id})? Their phone configuration goes too.`}
              confirm="Delete user"
              onEdit={onEdit}
              onDelete={onDelete}
            />
          )}
        </div>
      </td>
    </tr>
  );
}
