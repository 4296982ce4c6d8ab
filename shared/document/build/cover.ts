// The cover page and the document's metadata: title with plan type and period, status line from phase and dates,
// case number, version and the deadline for inputs.
import { formatDate } from '../../format/norwegian';
import { isolate } from '../../domain/text';
import { footerText } from '../footerLine';
import type { Cover, DocMeta, Watermark, WatermarkPlacement } from '../model';
import type { BuildContext } from './context';
import { periodText } from './structuredBlocks';

/** "Kommunedelplan helse og omsorg 2025–2037", without doubling a type or period the title already has. */
export function documentTitle(ctx: BuildContext): string {
  const frame = ctx.plan.plan;
  const typeWord = ctx.words[frame.planType];
  let title = frame.title.trim();
  let prefix = '';
  if (!title.toLowerCase().startsWith(typeWord.toLowerCase())) {
    prefix = `${typeWord} `;
    title = `${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  }
  const period = periodText(ctx);
  const suffix = period && !`${prefix}${title}`.includes(period) ? ` ${period}` : '';
  // The user's title is isolated: a right-to-left title cannot turn the period or the footer's version around.
  return `${prefix}${isolate(title)}${suffix}`.trim();
}

const date = (iso: string | null): string => (iso ? ` ${formatDate(iso)}` : '');

export function statusLine(ctx: BuildContext): string {
  const { phase, hearingStart, adoptedDate, versionDate } = ctx.plan.plan;
  const w = ctx.words;
  switch (phase) {
    case 'oppstart':
    case 'planforslag-arbeid':
      return w.draft;
    case 'planprogram-hoering':
      return `${w.planprogramHearing}${date(hearingStart ?? versionDate)}`;
    case 'planprogram-fastsatt':
      return `${w.planprogramAdopted}${date(adoptedDate)}`;
    case 'planforslag-hoering':
      return hearingStart ? `${w.hearingAdopted}${date(hearingStart)}` : w.hearingDraft;
    case 'merknadsbehandling':
      return w.inputProcessing;
    case 'vedtatt':
      return `${w.adopted}${date(adoptedDate)}`;
  }
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
