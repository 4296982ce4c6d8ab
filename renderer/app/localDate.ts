// Dates as Norwegians read them, in the machine's local time.

/** '2026-12-06T21:18:00Z' → '06.12.2026' in local time. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}
