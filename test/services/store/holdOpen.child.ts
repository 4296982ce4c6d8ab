// Child process for the lock test: opens a plan file for writing, says so, and holds it until killed.
import { openPlanFile } from '../../../electron/services/store';

const file = openPlanFile(process.argv[2]!);
process.stdout.write(`open ${file.path}\n`);
setInterval(() => undefined, 1000);
