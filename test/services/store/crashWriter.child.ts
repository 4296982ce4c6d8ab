// Child process for the crash test: mutates a plan file without pause and acknowledges each committed edit on stdout.
import { writeSync } from 'node:fs';
import { openPlanFile } from '../../../electron/services/store';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes the whole line to the test. stdout is a non-blocking pipe: when the test reads slowly (a busy machine) the
 * pipe fills and a write fails with EAGAIN or writes part of the line, so wait a millisecond and write the rest.
 */
function writeLine(text: string): void {
  let rest = Buffer.from(text);
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(1, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

const [path, startArg] = process.argv.slice(2);
const file = openPlanFile(path!);
for (let n = Number(startArg); ; n++) {
  file.mutate([
    { table: 'themes', id: `crash-${n}`, column: 'name', value: `verdi ${n}` },
    { table: 'themes', id: `crash-${n}`, column: 'sortKey', value: n },
  ]);
  // Written only after mutate returned, i.e. after the transaction committed with synchronous=FULL.
  writeLine(`ack ${n}\n`);
}
