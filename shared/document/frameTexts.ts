// The cover's texts are fields of their own (plan.title, plan.statusLine), shown as written. What Planverk used to
// derive them from (the plan type, the period, the phase and its dates) now only suggests a status line, and fills
// both fields once for plans written before they existed (migration 0003, JSON format version 1).
import { formatDate } from '../format/norwegian';
import { planPeriodText } from '../plantables/projectDescription';
import type { PlanFrame } from '../domain/plan';
import { wordsFor } from './words';

type FrameFacts = Pick<PlanFrame, 'title' | 'planType' | 'periodFrom' | 'periodTo' | 'malform' | 'phase' | 'hearingStart' | 'adoptedDate' | 'versionDate'>;

const dated = (iso: string | null): string => (iso ? ` ${formatDate(iso)}` : '');

/** The status line the phase suggests («Høringsutkast», «Vedtatt 12.06.2025»): offered on the Plan page, never imposed. */
export function suggestedStatusLine(frame: Omit<FrameFacts, 'title' | 'planType' | 'periodFrom' | 'periodTo'>): string {
  const { phase, hearingStart, adoptedDate, versionDate } = frame;
  const w = wordsFor(frame.malform);
  switch (phase) {
    case 'oppstart':
    case 'planforslag-arbeid':
      return w.draft;
    case 'planprogram-hoering':
      return `${w.planprogramHearing}${dated(hearingStart ?? versionDate)}`;
    case 'planprogram-fastsatt':
      return `${w.planprogramAdopted}${dated(adoptedDate)}`;
    case 'planforslag-hoering':
      return hearingStart ? `${w.hearingAdopted}${dated(hearingStart)}` : w.hearingDraft;
    case 'merknadsbehandling':
      return w.inputProcessing;
    case 'vedtatt':
      return `${w.adopted}${dated(adoptedDate)}`;
  }
}

/**
 * The status line the cover shows: as written, except Planverk's own suggestion, which follows the målform (a plan
 * switched to nynorsk says «Høyringsdokument …» even though its line was filled in while it was bokmål).
 */
export function coverStatusLine(frame: Omit<FrameFacts, 'title' | 'planType' | 'periodFrom' | 'periodTo'> & Pick<PlanFrame, 'statusLine'>): string {
  const written = frame.statusLine.trim();
  const other = suggestedStatusLine({ ...frame, malform: frame.malform === 'nn' ? 'nb' : 'nn' });
  return written === other ? suggestedStatusLine(frame) : written;
}

/**
 * The cover title Planverk built before the name was kept as written: the plan type in front and the period after,
 * unless the title already had them («Helse og omsorg» → «Kommunedelplan helse og omsorg 2025–2037»).
 */
export function formerCoverTitle(frame: FrameFacts): string {
  const typeWord = wordsFor(frame.malform)[frame.planType];
  let title = frame.title.trim();
  let prefix = '';
  if (!title.toLowerCase().startsWith(typeWord.toLowerCase())) {
    prefix = `${typeWord} `;
    title = `${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  }
  const period = planPeriodText(frame);
  const suffix = period && !`${prefix}${title}`.includes(period) ? ` ${period}` : '';
  return `${prefix}${title}${suffix}`.trim();
}

/** A frame written before the cover's texts were fields: both filled so that the document looks as it did. */
export function withWrittenCoverTexts<F extends FrameFacts>(frame: F): F & { statusLine: string } {
  return { ...frame, title: formerCoverTitle(frame), statusLine: suggestedStatusLine(frame) };
}
