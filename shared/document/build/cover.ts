// The cover page and the document's metadata: the plan's name and status line as written (shared/document/frameTexts.ts
// says why they are fields of their own), case number, version and the deadline for inputs.
import { formatDate } from '../../format/norwegian';
import { isolate } from '../../domain/text';
import { footerText } from '../footerLine';
import { coverStatusLine } from '../frameTexts';
import type { Cover, DocMeta, Watermark, WatermarkPlacement } from '../model';
import type { BuildContext } from './context';

/** The plan's name as the adviser wrote it: cover, footer and document title, never completed with type or period. */
export function documentTitle(ctx: BuildContext): string {
  // Isolated: a right-to-left title cannot turn the footer's version around.
  return isolate(ctx.plan.plan.title.trim());
}

/** The cover's status line as written (Planverk's own suggestion in the plan's målform); empty leaves the line out. */
export function statusLine(ctx: BuildContext): string {
  return isolate(coverStatusLine(ctx.plan.plan));
}

export function versionText(ctx: BuildContext): string {
  const { versionLabel, versionDate } = ctx.plan.plan;
  const w = ctx.words;
  const label = isolate(versionLabel.trim());
  if (label && versionDate) return `${w.version} ${label}, ${formatDate(versionDate)}`;
  if (label) return `${w.version} ${label}`;
  return versionDate ? `${w.versionAsOf} ${formatDate(versionDate)}` : '';
}

export function buildCover(ctx: BuildContext): Cover {
  const frame = ctx.plan.plan;
  const w = ctx.words;
  const lines = [statusLine(ctx)];
  const caseNumber = frame.caseNumber.trim();
  if (caseNumber) lines.push(/^sak\b/i.test(caseNumber) ? isolate(caseNumber) : `${w.caseNumber} ${isolate(caseNumber)}`);
  const version = versionText(ctx);
  if (version) lines.push(version);
  if (frame.hearingEnd) lines.push(`${w.deadline}: ${formatDate(frame.hearingEnd)}`);
  const logo = frame.profileLogoAssetId ? ctx.imageRef(frame.profileLogoAssetId) : null;
  return {
    municipality: frame.municipality.trim(),
    logo: logo ? { ...logo, alt: logo.alt.trim() || `${w.logoOf} ${frame.municipality}`.trim() } : null,
    title: documentTitle(ctx),
    subtitle: frame.subtitle.trim(),
    lines: lines.filter(Boolean),
  };
}

export function buildMeta(ctx: BuildContext, watermark: Watermark, placement: WatermarkPlacement, subtitle: string | null): DocMeta {
  const frame = ctx.plan.plan;
  const w = ctx.words;
  const title = subtitle ? `${documentTitle(ctx)} – ${subtitle}` : documentTitle(ctx);
  const version = versionText(ctx);
  return {
    title,
    lang: frame.malform === 'nn' ? 'nn-NO' : 'nb-NO',
    subject: frame.subtitle.trim() || undefined,
    author: frame.municipality.trim() || undefined,
    footerText: footerText(title, version, w.page, w.of),
    pageWord: w.page,
    ofWord: w.of,
    watermark: watermark === 'none' ? null : { text: watermark === 'utkast' ? w.watermarkDraft : w.watermarkHearing, placement },
    font: frame.profileFont.trim() || 'Calibri',
    color: frame.profileColor.replace('#', '').toUpperCase(),
  };
}
