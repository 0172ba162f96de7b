/**
 * The ring of an incoming call, made with Web Audio (no file to load): the two tones of a European
 * ring, one second on and three off, until stopped.
 */
export class RingTone {
  private context: AudioContext | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  start(): void {
    if (this.context !== undefined || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    this.context = context;
    const ring = () => {
      const gain = context.createGain();
      gain.gain.value = 0.1;
      gain.connect(context.destination);
      for (const frequency of [425, 450]) {
        const oscillator = context.createOscillator();
        oscillator.frequency.value = frequency;
        oscillator.connect(gain);
        oscillator.start();
        oscillator.stop(context.currentTime + 1);
      }
    };
    ring();
    this.timer = setInterval(ring, 4000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    void this.context?.close();
    this.context = undefined;
  }
}
