import { KEYPAD, type Tone } from './dtmf';

/** The twelve keys; in a call they send tones, otherwise they dial. */
export function Keypad({ onPress, label }: { onPress(tone: Tone): void; label: string }) {
  return (
    <div className="keypad" role="group" aria-label={label}>
      {KEYPAD.map((tone) => (
        <button key={tone} type="button" onClick={() => onPress(tone)} aria-label={`Key ${tone}`}>
          {tone}
        </button>
      ))}
    </div>
  );
}
