import { useEffect, useMemo, useState } from 'react';
import type { UserInfoResponse } from '@fscon/contracts';
import { useStore } from '../ui/use-store';
import { phoneConfig } from './phone-config';
import { PhoneController } from './phone-controller';

/** The dashboard's one phone, registered as long as the dashboard is open. */
export function usePhone(info: UserInfoResponse | undefined) {
  const [phone] = useState(() => new PhoneController());
  const config = useMemo(() => (info ? phoneConfig(info, window.location.hostname) : undefined), [info]);
  useEffect(() => {
    if (config === undefined) return;
    phone.start(config);
    return () => void phone.stop();
  }, [phone, config]);
  return { phone, snapshot: useStore(phone), available: config !== undefined };
}
