import type { Conference } from '@fscon/contracts';
import { isFriendsRecording } from './recording-visibility';

const conferences: Conference[] = [
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '31001', name: 'a-b', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '8kHz', context: 'public' },
];

describe('isFriendsRecording', () => {
  it('admits recordings of friends and public conferences', () => {
    expect(isFriendsRecording('friends_conf-2026-11-27T17:12:05.123Z.wav', conferences)).toBe(true);
    expect(isFriendsRecording('a-b-2026-11-27T17-12-18-115Z-json.wav', conferences)).toBe(true);
    expect(isFriendsRecording('public_conf-2026-11-27T17:12:05Z.wav', conferences)).toBe(true);
  });

  it('keeps team recordings, recordings of removed conferences and unknown names for the team', () => {
    expect(isFriendsRecording('team_g722-2026-11-27T17:12:05.123Z.wav', conferences)).toBe(false);
    expect(isFriendsRecording('gone_conf-2026-11-27T17:12:05.123Z.wav', conferences)).toBe(false);
    expect(isFriendsRecording('b-2026-11-27T17:12:05.123Z.wav', conferences)).toBe(false);
    expect(isFriendsRecording('friends_conf.wav', conferences)).toBe(false);
    expect(isFriendsRecording('../friends_conf-2026-11-27T17:12:05Z.wav', conferences)).toBe(false);
  });
});
