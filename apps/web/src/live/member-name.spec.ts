import { MEMBER_AUDIO_DEFAULTS } from '@fscon/contracts';
import { describeMember, memberName } from './member-name';

const names = new Map([['20003', 'stefan']]);

describe('member names', () => {
  it('take the directory name when the phone sent only its number', () => {
    expect(
      memberName({ name: '20003', id: '20003', confid: '4', mute: false, ...MEMBER_AUDIO_DEFAULTS }, names),
    ).toBe('stefan');
    expect(
      memberName(
        { name: 'Stefan M', id: '20003', confid: '4', mute: false, ...MEMBER_AUDIO_DEFAULTS },
        names,
      ),
    ).toBe('Stefan M');
    expect(
      memberName({ name: '555', id: '555', confid: '5', mute: false, ...MEMBER_AUDIO_DEFAULTS }, names),
    ).toBe('555');
  });

  it('describe an empty member as nobody', () => {
    expect(describeMember({}, names)).toBe('nobody');
    expect(
      describeMember({ name: 'ann', id: '20000', confid: '1', mute: true, ...MEMBER_AUDIO_DEFAULTS }, names),
    ).toBe('ann (20000)');
  });
});
