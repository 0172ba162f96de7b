import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openHistoryFile, SCHEMA_VERSION } from './history-schema';

/** The participants table as layout 1 had it: keyed by entry alone, no talk time. */
const PARTICIPANTS_1 = `
  DROP TABLE history_participants;
  CREATE TABLE history_participants (
    session TEXT NOT NULL, join_seq INTEGER NOT NULL, confid TEXT NOT NULL, name TEXT NOT NULL,
    number TEXT NOT NULL, user TEXT, joined_at INTEGER NOT NULL, left_at INTEGER,
    PRIMARY KEY (session, join_seq)
  ) WITHOUT ROWID;
`;

describe('the history file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'history-schema-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a file of layout 1 over with its rows and position, the participants without talk time', () => {
    // given a file of layout 1 with a participant and a stored position
    const path = join(dir, 'journal.history.sqlite');
    openHistoryFile(path).close();
    const old = new Database(path);
    old.exec(PARTICIPANTS_1);
    old.exec(`
      UPDATE history_meta SET value = 1 WHERE key = 'version';
      INSERT INTO history_meta VALUES ('epoch', 'e1'), ('last_seq', 42);
      INSERT INTO history_participants VALUES ('7', 7, '3', 'ann', '20000', '20000', 1000, NULL);
    `);
    old.close();
    // when this build opens it
    const db = openHistoryFile(path);
    // then it has this build's layout, the rows and the position it had
    const meta = (key: string) => db.prepare('SELECT value FROM history_meta WHERE key = ?').pluck().get(key);
    expect([meta('version'), meta('epoch'), meta('last_seq')]).toEqual([SCHEMA_VERSION, 'e1', 42]);
    expect(db.prepare('SELECT * FROM history_participants').all()).toEqual([
      {
        session: '7',
        join_seq: 7,
        confid: '3',
        name: 'ann',
        number: '20000',
        user: '20000',
        joined_at: 1000,
        left_at: null,
        talk_ms: 0,
        talking_since: null,
      },
    ]);
    // and a second member of the same entry has room beside the first
    db.prepare(
      "INSERT INTO history_participants VALUES ('7', 7, '4', 'bob', '20001', NULL, 1000, NULL, 0, NULL)",
    ).run();
    db.close();
  });

  it('refuses a file of a newer layout than this build reads', () => {
    const path = join(dir, 'newer.sqlite');
    const newer = new Database(path);
    newer.exec('CREATE TABLE history_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;');
    newer.prepare("INSERT INTO history_meta VALUES ('version', ?)").run(SCHEMA_VERSION + 1);
    newer.close();
    expect(() => openHistoryFile(path)).toThrow(`the history has schema version ${SCHEMA_VERSION + 1}`);
  });
});
