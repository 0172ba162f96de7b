import { createContext, useContext } from 'react';

export interface PhoneActions {
  /** True while the phone is registered and free. */
  canDial: boolean;
  dial(target: string): void;
}

export const PhoneContext = createContext<PhoneActions>({ canDial: false, dial: () => undefined });

export const usePhoneActions = () => useContext(PhoneContext);
