// Reads a file the user chose (a Word document, a spreadsheet, a profile, plan JSON): it must be a regular file, checked
// on the opened descriptor (so a symlink to /dev/zero, a FIFO or a directory is refused, and no race between a check and
// the read), and its size limit holds while reading, not only by `stat` (a device reports size 0 and never ends).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlanverkError } from '../../../shared/api/errors';

/** What the file is to the user, named so in a refusal: «Word-dokumentet «plan.docx» er for stort …». */
export type UserFileKind = 'file' | 'docx' | 'sheet' | 'json' | 'profile';

// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever (holding the plan's lock). Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1024 * 1024;

export type UserFileLimit = {
  /** The most bytes the file may hold. */
  maxBytes: number;
  /** How the file is named in a refusal (e.g. 'docx': «Word-dokumentet»); the file's name is added. */
  kind?: UserFileKind;
};

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export function notRegularFile(path: string, kind: UserFileKind = 'file'): PlanverkError {
  return new PlanverkError('NOT_REGULAR_FILE', path, { key: 'notRegularFile', params: { label: { key: `file.label.${kind}` }, name: basename(path) } });
}

export function fileTooLarge(path: string, maxBytes: number, kind: UserFileKind = 'file'): PlanverkError {
  // The adjective agrees with the noun («filen» er for stor, «dokumentet» for stort): a word of its own per kind.
  const params = { label: { key: `file.label.${kind}` }, name: basename(path), large: { key: `file.large.${kind}` }, mb: megabytes(maxBytes) } as const;
  return new PlanverkError('FILE_TOO_LARGE', path, { key: 'fileTooLarge', params });
}

function openFailed(path: string, err: unknown, label?: UserFileKind): PlanverkError {
  const code = (err as NodeJS.ErrnoException)?.code;
  // A FIFO opened for writing elsewhere, a socket, a device that refuses us: none of them is a file to read.
  if (code === 'ENXIO' || code === 'EISDIR' || code === 'ENODEV' || code === 'EOPNOTSUPP') return notRegularFile(path, label);
  return new PlanverkError('NOT_FOUND_FILE', path);
}

function checkStats(stats: Stats, path: string, limit: UserFileLimit): void {
  if (!stats.isFile()) throw notRegularFile(path, limit.kind);
  if (stats.size > limit.maxBytes) throw fileTooLarge(path, limit.maxBytes, limit.kind);
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
    if (this.total > this.limit.maxBytes) throw fileTooLarge(this.path, this.limit.maxBytes, this.limit.kind);
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
    throw openFailed(path, err, limit.kind);
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
    throw openFailed(path, err, limit.kind);
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
