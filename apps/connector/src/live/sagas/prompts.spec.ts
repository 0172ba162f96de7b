import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playCommand, promptFile, promptRate, PROMPT_RATES, PROMPTS } from './prompts';

const SHIPPED_CONF = join(__dirname, '../../../../../etc-freeswitch');

/** Channels and sample rate from a canonical 44-byte RIFF/WAVE header. */
function wavFormat(file: string): { format: string; channels: number; rate: number; bits: number } {
  const header = readFileSync(file).subarray(0, 44);
  return {
    format: `${header.toString('ascii', 0, 4)}/${header.toString('ascii', 8, 12)}`,
    channels: header.readUInt16LE(22),
    rate: header.readUInt32LE(24),
    bits: header.readUInt16LE(34),
  };
}

describe('prompts', () => {
  it.each(PROMPT_RATES.flatMap((rate) => PROMPTS.map((prompt) => [rate, prompt] as const)))(
    'ships %i Hz %s as 16-bit mono WAV in etc-freeswitch',
    (rate, prompt) => {
      const file = promptFile(SHIPPED_CONF, rate, prompt)!;
      expect(existsSync(file)).toBe(true);
      expect(wavFormat(file)).toEqual({ format: 'RIFF/WAVE', channels: 1, rate, bits: 16 });
    },
  );

  it('plays the rate of the conference profile', () => {
    expect(promptRate('16kHz-novideo')).toBe(16000);
    expect(promptRate('48kHz-video')).toBe(48000);
    expect(promptRate('8kHz')).toBe(16000);
    expect(promptRate('')).toBe(16000);
    expect(promptRate(undefined)).toBe(16000);
  });

  it('names prompts by absolute path under conf_dir', () => {
    expect(promptFile('/var/fsroot/conf', 48000, 'recording-started')).toBe(
      '/var/fsroot/conf/sounds/fscon/48000/recording-started.wav',
    );
    expect(playCommand('team_g722', '/c/a.wav')).toBe('conference team_g722 play /c/a.wav');
    expect(playCommand('team_g722', '/c/a.wav', '7')).toBe('conference team_g722 play /c/a.wav 7');
  });

  it('gives no path that a conference command could not carry', () => {
    expect(promptFile('/etc/free switch', 16000, 'all-muted')).toBeUndefined();
    expect(promptFile('conf', 16000, 'all-muted')).toBeUndefined();
  });
});
