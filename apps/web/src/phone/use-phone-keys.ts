import { useEffect } from 'react';
import { toneForKey, type Tone } from './dtmf';

/**
 * Digits, `*` and `#` typed anywhere on the page (except in fields and dialogs) go to the phone: into the
 * number to dial, or as tones during a call.
 */
export function usePhoneKeys(onTone: (tone: Tone) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : undefined;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const tone = toneForKey(event.key);
      if (tone === undefined) return;
      event.preventDefault();
      onTone(tone);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onTone, enabled]);
}
