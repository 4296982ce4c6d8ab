// Reads a file the user chose (a Word document, a spreadsheet, a profile, plan JSON): it must be a regular file, checked
// on the opened descriptor (so a symlink to /dev/zero, a FIFO or a directory is refused, and no race between a check and
// the read), and its size limit holds while reading, not only by `stat` (a device reports size 0 and never ends).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';

// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever (holding the plan's lock). Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1024 * 1024;

export type UserFileLimit = {
  /** The most bytes the file may hold. */
  maxBytes: number;
  /** How the file is named in a refusal, e.g. «Word-dokumentet»; the file's name is added. */
  label?: string;
};

const megabytes = (bytes: number): string => String(Math.round((bytes / (1024 * 1024)) * 10) / 10).replace('.', ',');
const named = (path: string, label = 'Filen'): string => `${label} «${basename(path)}»`;

export function notRegularFile(path: string, label?: string): PlanverkError {
  return new PlanverkError('NOT_REGULAR_FILE', path, `${named(path, label)} er ikke en vanlig fil; ingenting er lest eller endret.`);
}

export function fileTooLarge(path: string, maxBytes: number, label = 'Filen'): PlanverkError {
  // «filen» is common gender, «dokumentet» and «regnearket» neuter: the adjective agrees.
  const large = label.endsWith('et') ? 'stort' : 'stor';
  return new PlanverkError('FILE_TOO_LARGE', path, `${named(path, label)} er for ${large} (over ${megabytes(maxBytes)} MB); ingenting er endret.`);
}

function openFailed(path: string, err: unknown, label?: string): PlanverkError {
  const code = (err as NodeJS.ErrnoException)?.code;
  // A FIFO opened for writing elsewhere, a socket, a device that refuses us: none of them is a file to read.
  if (code === 'ENXIO' || code === 'EISDIR' || code === 'ENODEV' || code === 'EOPNOTSUPP') return notRegularFile(path, label);
  return new PlanverkError('NOT_FOUND_FILE', path);
}

function checkStats(stats: Stats, path: string, limit: UserFileLimit): void {
  if (!stats.isFile()) throw notRegularFile(path, limit.label);
  if (stats.size > limit.maxBytes) throw fileTooLarge(path, limit.maxBytes, limit.label);
}

/** Gathers chunks up to the limit: one byte past it is enough to know the file is too large (it may grow after fstat). */
class LimitedBytes {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  constructor(
    private readonly path: string,
    private readonly limit: UserFileLimit,
  ) {}
  nextBuffer(): Buffer {
    return Buffer.allocUnsafe(Math.min(CHUNK, this.limit.maxBytes + 1 - this.total));
  }
  /** Keeps what was read; false at the end of the file. */
  add(buffer: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.total += bytesRead;
    if (this.total > this.limit.maxBytes) throw fileTooLarge(this.path, this.limit.maxBytes, this.limit.label);
    this.chunks.push(buffer.subarray(0, bytesRead));
    return true;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }
}

/** The file's bytes, or a PlanverkError: NOT_FOUND_FILE, NOT_REGULAR_FILE or FILE_TOO_LARGE (one sentence each). */
export async function readUserFile(path: string, limit: UserFileLimit): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (err) {
    throw openFailed(path, err, limit.label);
  }
  try {
    checkStats(await handle.stat(), path, limit);
    const bytes = new LimitedBytes(path, limit);
    for (;;) {
      const buffer = bytes.nextBuffer();
      if (!bytes.add(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead)) return bytes.bytes();
    }
  } finally {
    await handle.close();
  }
}

/** readUserFile for synchronous callers (the CLI's `new --from`, the profile reader). */
export function readUserFileSync(path: string, limit: UserFileLimit): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    throw openFailed(path, err, limit.label);
  }
  try {
    checkStats(fstatSync(fd), path, limit);
    const bytes = new LimitedBytes(path, limit);
    for (;;) {
      const buffer = bytes.nextBuffer();
      if (!bytes.add(buffer, readSync(fd, buffer, 0, buffer.length, null))) return bytes.bytes();
    }
  } finally {
    closeSync(fd);
  }
}
