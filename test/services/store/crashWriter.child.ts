// Child process for the crash test: mutates a plan file without pause and acknowledges each committed edit on stdout.
import { writeSync } from 'node:fs';
import { openPlanFile } from '../../../electron/services/store';

const [path, startArg] = process.argv.slice(2);
const file = openPlanFile(path!);
for (let n = Number(startArg); ; n++) {
  file.mutate([
    { table: 'themes', id: `crash-${n}`, column: 'name', value: `verdi ${n}` },
    { table: 'themes', id: `crash-${n}`, column: 'sortKey', value: n },
  ]);
  // Written only after mutate returned, i.e. after the transaction committed with synchronous=FULL.
  writeSync(1, `ack ${n}\n`);
}
