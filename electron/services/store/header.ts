// Reads a plan file's 100-byte SQLite header with plain fs, so that a refused file is never touched by SQLite.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { PlanverkError } from '../../../shared/api/errors';

/** PRAGMA application_id of every plan file: "PLVK". */
export const APPLICATION_ID = 0x504c564b;
const MAGIC = 'SQLite format 3\u0000';

export type SqliteHeader = {
  pageSize: number;
  /** The in-header database size in pages, or null when the header says it is not to be trusted. */
  pageCount: number | null;
  applicationId: number;
  userVersion: number;
  fileSize: number;
  /** Write-ahead-log mode (header bytes 18–19 are 2): SQLite would create -wal and -shm files beside it on open. */
  wal: boolean;
};

export function readHeader(path: string): SqliteHeader {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new PlanverkError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND_FILE' : 'NOT_SQLITE', String(err));
  }
  try {
    const fileSize = fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const read = readSync(fd, buf, 0, 100, 0);
    if (read < 100 || buf.toString('latin1', 0, 16) !== MAGIC) throw new PlanverkError('NOT_SQLITE');
    const rawPageSize = buf.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    // The in-header size is valid only when the change counter equals the version-valid-for number (file format 3.7.0+).
    const pageCount = buf.readUInt32BE(24) === buf.readUInt32BE(92) ? buf.readUInt32BE(28) : null;
    const wal = buf[18] === 2 || buf[19] === 2;
    return { pageSize, pageCount, applicationId: buf.readUInt32BE(68), userVersion: buf.readUInt32BE(60), fileSize, wal };
  } finally {
    closeSync(fd);
  }
}

/** Refusals decided from the header alone. `ours` is the schema version this build knows. */
export function checkHeader(h: SqliteHeader, ours: number, { sizes }: { sizes: boolean }): void {
  const validPageSize = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) === 0;
  if (!validPageSize) throw new PlanverkError('CORRUPT', `page size ${h.pageSize}`);
  if (h.applicationId !== APPLICATION_ID) throw new PlanverkError('FOREIGN_FILE', `application_id ${h.applicationId}`);
  if (h.userVersion > ours) throw new PlanverkError('NEWER_VERSION', `schema ${h.userVersion} > ${ours}`);
  // With a hot journal the file may legitimately be mid-transaction; sizes are checked again after the rollback.
  if (!sizes) return;
  if (h.fileSize % h.pageSize !== 0) throw new PlanverkError('CORRUPT', `size ${h.fileSize} is not a multiple of ${h.pageSize}`);
  if (h.pageCount !== null && h.fileSize < h.pageCount * h.pageSize) throw new PlanverkError('CORRUPT', 'truncated');
}
