// Maps SQLite failures to the codes the user is told about.
import type { ErrorCode } from '../../../shared/api/errors';

export function writeFailureCode(err: unknown): ErrorCode {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return 'WRITE_FAILED';
  if (code === 'SQLITE_FULL') return 'DISK_FULL';
  if (code === 'SQLITE_READONLY_DBMOVED' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') return 'FILE_GONE';
  if (code.startsWith('SQLITE_READONLY')) return 'READ_ONLY';
  return 'WRITE_FAILED';
}

export function isSqliteError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
