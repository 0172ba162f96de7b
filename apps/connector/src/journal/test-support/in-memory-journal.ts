import { openSqliteJournal } from '@fscon/journal';
import { Journal } from '../journal';

/** A journal in a `:memory:` store whose failing listeners fail the test. */
export function inMemoryJournal(): Journal {
  return new Journal(openSqliteJournal({ path: ':memory:' }), {
    onListenerError: (error) => {
      throw error;
    },
  });
}
