import { ArrayBodyPipe } from '../../config-files/array-body.pipe';
import {
  AddConferenceDto,
  CONFERENCE_BODIES,
  DeleteConferenceDto,
  ModifyConferenceDto,
} from './conferences.dto';

const add = new ArrayBodyPipe(AddConferenceDto, CONFERENCE_BODIES.add);
const mod = new ArrayBodyPipe(ModifyConferenceDto, CONFERENCE_BODIES.mod);
const del = new ArrayBodyPipe(DeleteConferenceDto, CONFERENCE_BODIES.del);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};
const SAFE = '[0] name may hold only letters, digits, _, - and . (no spaces, not dots only)';

describe('conference bodies', () => {
  it('accept names of letters, digits, _, - and .', () => {
    expect(add.transform([{ name: 'Team_1.video-room', type: 't', context: 'c' }])).toHaveLength(1);
  });

  it('refuse names that could break an Event Socket command or a path', () => {
    for (const name of ['x kick all', 'a\nb', '../../etc/passwd', 'a;b', 'größe', '', '..']) {
      expect(refusal(() => add.transform([{ name, type: 't', context: 'c' }]))).toBe(SAFE);
    }
    expect(refusal(() => mod.transform([{ num: '30000', name: '..' }]))).toBe(SAFE);
  });

  it('refuse wrong types, unknown properties and numbers that are not numbers', () => {
    expect(refusal(() => add.transform([{ name: 'a', type: 1, context: 'c' }]))).toBe(
      '[0] type must be a string',
    );
    expect(refusal(() => mod.transform([{ num: '30000', id: '1' }]))).toBe(
      '[0] property id should not exist',
    );
    expect(refusal(() => del.transform([{ num: '3000 kick' }]))).toBe(
      '[0] num must be a number of up to 10 digits',
    );
  });
});
