// The milestone plan as a simple, accessible, standalone SVG timeline (role="img", <title>, <desc>), for the UI and
// for exports. Every piece of the adviser's text is escaped; the picture carries the same content as its <desc>.
import type { Malform, Milestone } from '../domain/plan';
import { wordsFor } from '../document/words';
import { endOf, formatMilestoneTime, sortMilestones, startOf } from './milestones';
import { dayNumber } from './dates';
import { escapeXml } from './xml';

export type TimelineOptions = {
  /** Prefix for the ids of <title>/<desc>, unique when several SVGs sit in one HTML page. */
  idPrefix?: string;
  width?: number;
  color?: string;
  font?: string;
};

const NO_TIME: Record<Malform, string> = { nb: 'uten tidspunkt', nn: 'utan tidspunkt' };
const EMPTY: Record<Malform, string> = { nb: 'Ingen milepæler er registrert.', nn: 'Ingen milepælar er registrerte.' };

const ROW = 28;
const AXIS = 34;
const LABEL_WIDTH = 300;
const MAX_LABEL = 44;

/**
 * The profile's font first, then Office's and its metric-compatible free twins (Carlito, Liberation Sans) and DejaVu Sans,
 * so a renderer without the profile font (Chromium, or resvg drawing the DOCX fallback on Linux) still finds real glyphs.
 */
const FALLBACK_FONTS = ['Calibri', 'Carlito', 'Arial', 'Liberation Sans', 'DejaVu Sans', 'sans-serif'];
function fontStack(font: string | undefined): string {
  const own = (font ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  const lower = new Set(own.map((f) => f.toLowerCase()));
  return [...own, ...FALLBACK_FONTS.filter((f) => !lower.has(f.toLowerCase()))].join(', ');
}

const clip = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text);
const num = (n: number) => String(Math.round(n * 10) / 10);

/** Day number of the first day a time covers, and of the day after the last. */
function span(m: Milestone): [number, number] | null {
  const from = m.from ?? m.to;
  const to = m.to ?? m.from;
  if (!from || !to) return null;
  const a = dayNumber(startOf(from));
  const b = dayNumber(endOf(to));
  return a === null || b === null ? null : [a, b + 1];
}

/** What the timeline shows, as one sentence: its <desc>, and the alt text wherever it is embedded as a picture. */
export function timelineDescription(milestones: readonly Milestone[], malform: Malform = 'nb'): string {
  const sorted = sortMilestones(milestones);
  return sorted.length ? sorted.map((m) => `${m.name}: ${formatMilestoneTime(m, malform) || NO_TIME[malform]}`).join('; ') : EMPTY[malform];
}

export function timelineSvg(milestones: readonly Milestone[], malform: Malform = 'nb', options: TimelineOptions = {}): string {
  const prefix = escapeXml(options.idPrefix ?? 'milepaeler');
  const width = options.width ?? 760;
  const color = /^#[0-9a-fA-F]{6}$/.test(options.color ?? '') ? options.color! : '#1f4e79';
  const font = escapeXml(fontStack(options.font));
  const sorted = sortMilestones(milestones);
  const spans = sorted.map(span);
  const dated = spans.filter((s): s is [number, number] => s !== null);
  const height = AXIS + Math.max(1, sorted.length) * ROW + 8;
  const title = wordsFor(malform).milestonesCaption;
  const desc = timelineDescription(milestones, malform);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}" font-size="12">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(desc)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  if (dated.length) {
    // Whole years on the axis, so the scale reads at a glance.
    const firstYear = new Date(Math.min(...dated.map((s) => s[0])) * 86_400_000).getUTCFullYear();
    const lastYear = new Date((Math.max(...dated.map((s) => s[1])) - 1) * 86_400_000).getUTCFullYear();
    const day0 = Date.UTC(firstYear, 0, 1) / 86_400_000;
    const day1 = Date.UTC(lastYear + 1, 0, 1) / 86_400_000;
    const x0 = LABEL_WIDTH + 10;
    const x1 = width - 16;
    const x = (day: number) => x0 + ((day - day0) / (day1 - day0)) * (x1 - x0);
    for (let year = firstYear; year <= lastYear + 1; year++) {
      const xi = num(x(Date.UTC(year, 0, 1) / 86_400_000));
      parts.push(`<line x1="${xi}" y1="${AXIS - 6}" x2="${xi}" y2="${height - 4}" stroke="#8a8a8a" stroke-width="1" aria-hidden="true"/>`);
      if (year <= lastYear) {
        const mid = num(x(Date.UTC(year, 6, 1) / 86_400_000));
        parts.push(`<text x="${mid}" y="${AXIS - 12}" text-anchor="middle" fill="#1a1a1a" font-weight="bold">${year}</text>`);
      }
    }
    sorted.forEach((_, i) => {
      const s = spans[i];
      if (!s) return;
      const y = AXIS + i * ROW + ROW / 2;
      const [a, b] = s;
      const isPoint = b - a <= 1;
      parts.push(
        isPoint
          ? `<circle cx="${num(x(a + 0.5))}" cy="${num(y)}" r="6" fill="${color}"/>`
          : `<rect x="${num(x(a))}" y="${num(y - 7)}" width="${num(Math.max(4, x(b) - x(a)))}" height="14" rx="3" fill="${color}"/>`,
      );
    });
  }

  sorted.forEach((m, i) => {
    const y = AXIS + i * ROW + ROW / 2 + 4;
    parts.push(`<text x="8" y="${num(y)}" fill="#1a1a1a">${escapeXml(clip(m.name))}</text>`);
  });
  if (!sorted.length) parts.push(`<text x="8" y="${AXIS + 18}" fill="#1a1a1a">${escapeXml(EMPTY[malform])}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
