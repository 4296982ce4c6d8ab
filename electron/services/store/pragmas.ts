// Connection settings every plan file is used with (docs/architecture.md, "The plan file").
import type { Database } from 'better-sqlite3';

export function applyConnectionPragmas(db: Database, readOnly: boolean): void {
  // A file from email is untrusted: no functions with side effects from its schema, no foreign-key games.
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = OFF');
  if (readOnly) return;
  // Rollback journal (not WAL): the file on disk is complete and self-contained whenever the app is idle.
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
}
