import { useEffect, useState } from 'react';
import type { UserInfoResponse } from '@fscon/contracts';
import { userInfo } from '../api/session-api';

/** The user's own record with the phone settings (GET /userinfo), once per dashboard. */
export function useUserInfo(): UserInfoResponse | undefined {
  const [info, setInfo] = useState<UserInfoResponse>();
  useEffect(() => {
    let active = true;
    userInfo().then(
      (loaded) => active && setInfo(loaded),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return info;
}
