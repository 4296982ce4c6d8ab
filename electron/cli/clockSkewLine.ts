// One line for `merge` when the copy was edited on a machine whose clock was wrong: how far, and the times its changes carry.
import type { CopyClock } from '../../shared/api/calls/merge';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** The largest unit that says it well (rounded: the copy's times are measured against this machine's at the merge). */
function howFar(ms: number): string {
  const units: [number, number, string, string][] = [
    [YEAR, 1, 'år', 'år'],
    [DAY, 2, 'døgn', 'døgn'],
    [HOUR, 2, 'time', 'timer'],
    [MINUTE, 0, 'minutt', 'minutter'],
  ];
  for (const [unit, least, one, many] of units) {
    const n = Math.round(ms / unit);
    if (n >= least && (n > 0 || unit === MINUTE)) return `${Math.max(n, 1)} ${Math.max(n, 1) === 1 ? one : many}`;
  }
  return '';
}

const two = (n: number): string => String(n).padStart(2, '0');
const when = (iso: string): string => {
  const d = new Date(iso);
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}.${two(d.getMinutes())}`;
};

export function clockSkewLine(c: CopyClock): string {
  const span = c.from === c.to ? when(c.from) : `${when(c.from)}–${when(c.to)}`;
  const changes = `${c.changes} ${c.changes === 1 ? 'endring' : 'endringer'}`;
  return c.direction === 'ahead'
    ? `Kopien er redigert på en maskin der klokka gikk ${howFar(c.byMs)} foran: ${changes} stemplet ${span} regnes som gjort ved sammenslåingen.`
    : `Kopien er redigert på en maskin der klokka gikk minst ${howFar(c.byMs)} bak: ${changes} er stemplet ${span} og taper mot senere endringer i planen.`;
}
