// WCAG 2.1 contrast of the profile colour against white (headings and table headers use it as text or background).
import { findingNb, type FindingText } from '../i18n/findingMessages';

/** Relative luminance of "#rrggbb" or "rrggbb" per WCAG 2.1. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`Ugyldig farge: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const MIN_TEXT_CONTRAST = 4.5;

/** The profile colour is used as text on white and as background under white text: both need 4.5:1. */
export function profileColorProblem(color: string): { ratio: number; message: string; text: FindingText } | null {
  const ratio = contrastRatio(color, '#ffffff');
  if (ratio >= MIN_TEXT_CONTRAST) return null;
  const text: FindingText = { key: 'a11y.lowContrast', params: { color, ratio: ratio.toFixed(2).replace('.', ',') } };
  return { ratio, message: findingNb(text), text };
}

/** A colour that is safe to draw text in: the profile colour when it passes, otherwise a dark fallback. */
export function safeTextColor(color: string): string {
  try {
    return profileColorProblem(color) ? '#1f1f1f' : color;
  } catch {
    return '#1f1f1f';
  }
}
