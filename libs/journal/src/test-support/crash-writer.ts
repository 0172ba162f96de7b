import { openSqliteJournal } from '../sqlite/sqlite-journal-store';
import { memberJoined, userAdded } from './journal-drafts';

/**
 * Appends to the journal at argv[2] until killed: batches of 1 to 50 entries per event-loop turn (in
 * a pattern argv[3] shifts) and, every few turns, a durable entry whose seq it prints as `ack SEQ`
 * once the store reports it written.
 */
const [path, shift] = process.argv.slice(2);
const journal = openSqliteJournal({ path });
let turn = 0;

function appendTurn(): void {
  turn++;
  const size = 1 + ((turn * 37 + Number(shift)) % 50);
  journal.append(Array.from({ length: size }, (_, i) => memberJoined(`conf-${turn % 7}`, i)));
  if (turn % 5 === 0) {
    const receipt = journal.append([userAdded(`ack-${turn}`, 'defaultuser')], { durable: true });
    void receipt.flushed.then((outcome) => {
      if (outcome.durable) process.stdout.write(`ack ${receipt.seqs[0]}\n`);
    });
  }
  setImmediate(appendTurn);
}

appendTurn();
