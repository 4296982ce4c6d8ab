// Nothing the app writes (an export, a spreadsheet, a profile, plan JSON) may replace a plan file: a plan is recognised
// by its name, by its content (SQLite header with our application_id) and, for the open plan, as the same file on disk
// (device and inode, so symbolic and hard links to it count too).
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';
import { APPLICATION_ID } from './header';

/** A plan, or the files SQLite and Planverk keep beside one (journal, WAL, lock). */
const PLAN_NAME = /\.planverk(-journal|-wal|-shm|\.lock)?$/i;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Throws TARGET_IS_PLAN when writing `target` could destroy a plan; `openPlan` is the plan open in this app, if any. */
export function assertNotPlanTarget(target: string, openPlan?: string | null): void {
  if (PLAN_NAME.test(basename(target)) || isPlanContent(target) || (openPlan && sameFile(target, openPlan))) {
    throw new PlanverkError('TARGET_IS_PLAN', target);
  }
}

/** True when both paths name the same file (links followed); false when either does not exist. */
export function sameFile(a: string, b: string): boolean {
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Reads at most the 100-byte header of a regular file (non-blocking open, so a FIFO cannot hang the check). */
function isPlanContent(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    if (!fstatSync(fd).isFile()) return false;
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return read === 100 && header.toString('latin1', 0, 16) === SQLITE_MAGIC && header.readUInt32BE(68) === APPLICATION_ID;
  } finally {
    closeSync(fd);
  }
}
