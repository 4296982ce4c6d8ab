// Calendar arithmetic on ISO dates ('2024-04-15') in UTC, so that no time zone or summer time shifts a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number since 1970-01-01 of a real calendar date, or null ('2024-02-30' is null). */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

export function isRealDate(iso: string): boolean {
  return dayNumber(iso) !== null;
}

/** Whole days from a to b (b − a); null when either is not a real date. */
export function daysBetween(a: string, b: string): number | null {
  const da = dayNumber(a);
  const db = dayNumber(b);
  return da === null || db === null ? null : db - da;
}

export function addDays(iso: string, days: number): string {
  const d = dayNumber(iso);
  if (d === null) throw new Error(`Ugyldig dato: ${iso}`);
  return new Date((d + days) * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(iso: string): number {
  const d = dayNumber(iso);
  if (d === null) throw new Error(`Ugyldig dato: ${iso}`);
  return (new Date(d * 86_400_000).getUTCDay() + 6) % 7;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
