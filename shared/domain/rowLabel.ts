// How the adviser knows a row: its name, title, sender or role (long ones cut), else its id.
const LABEL_FIELDS = ['title', 'name', 'sender', 'role', 'code', 'text', 'body', 'word'];

export function rowLabelOf(row: Record<string, unknown>): string {
  for (const key of LABEL_FIELDS) {
    const v = row[key];
    if (typeof v === 'string' && v.trim() !== '') return v.length > 120 ? `${v.slice(0, 119)}…` : v;
  }
  return String(row.id);
}
