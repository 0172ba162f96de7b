import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { UserInfoResponse } from '@fscon/contracts';
import { phoneConfig } from './phone-config';
import type { PhoneController } from './phone-controller';
import { IDLE, type PhoneSnapshot } from './phone-state';

/** `off` when the server has no WebSocket binding for SIP. */
export type PhoneStatus = 'starting' | 'on' | 'off';

const OFF: PhoneSnapshot = { registration: 'off', call: IDLE, video: false };
const noSubscription = () => () => undefined;

/**
 * The dashboard's one phone, registered as long as the dashboard is open. SIP.js is loaded on its own
 * once the user's phone settings are known, so the dashboard does not wait for it.
 */
export function usePhone(info: UserInfoResponse | undefined) {
  const [phone, setPhone] = useState<PhoneController>();
  const config = useMemo(() => (info ? phoneConfig(info, window.location) : undefined), [info]);
  useEffect(() => {
    if (config === undefined) return;
    let ended = false;
    let controller: PhoneController | undefined;
    void import('./phone-controller').then((module) => {
      if (ended) return;
      controller = new module.PhoneController();
      controller.start(config);
      setPhone(controller);
    });
    return () => {
      ended = true;
      void controller?.stop();
      setPhone(undefined);
    };
  }, [config]);
  const snapshot = useSyncExternalStore(
    phone?.subscribe ?? noSubscription,
    phone?.getSnapshot ?? (() => OFF),
  );
  const status: PhoneStatus = phone ? 'on' : info === undefined || config !== undefined ? 'starting' : 'off';
  return { phone, snapshot, status };
}
