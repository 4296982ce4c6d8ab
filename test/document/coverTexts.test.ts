// Issue 14 «Fidelity of what users type»: the plan's name, the cover's status line and the plan period are fields of
// their own. The cover, the footer and the document title show the name as written; nothing completes it.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { coverStatusLine, formerCoverTitle, suggestedStatusLine } from '../../shared/document/frameTexts';
import type { PlanData } from '../../shared/domain/plan';
import { fixturePlan } from './fixtures';

const build = (plan: PlanData) => buildDocument(plan, { part: 'plan', watermark: 'none' });
const withFrame = (patch: Partial<PlanData['plan']>): PlanData => {
  const plan = fixturePlan();
  return { ...plan, plan: { ...plan.plan, ...patch } };
};

describe('the cover texts are fields of their own', () => {
  it('shows the plan name as written on the cover, in the footer and as the document title (no plan type or period added)', () => {
    const model = build(withFrame({ title: 'Helse og omsorg', periodFrom: 2025, periodTo: 2037 }));
    expect(model.cover.title).toBe('Helse og omsorg');
    expect(model.meta.title).toBe('Helse og omsorg');
    expect(model.meta.footerText.startsWith('Helse og omsorg · ')).toBe(true);
  });

  it('changing the plan period changes neither the name nor the status line on the cover', () => {
    const before = build(withFrame({ title: 'Kommunedelplan helse og omsorg 2025–2037', statusLine: 'Høringsutkast' }));
    const after = build(withFrame({ title: 'Kommunedelplan helse og omsorg 2025–2037', statusLine: 'Høringsutkast', periodFrom: 2026, periodTo: 2040 }));
    expect(after.cover.title).toBe(before.cover.title);
    expect(after.cover.lines).toEqual(before.cover.lines);
    expect(after.cover.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
  });

  it('changing the phase does not rewrite a status line the adviser wrote; the phase only suggests one', () => {
    const model = build(withFrame({ statusLine: 'Forslag til behandling i formannskapet', phase: 'vedtatt', adoptedDate: '2025-06-12' }));
    expect(model.cover.lines[0]).toBe('Forslag til behandling i formannskapet');
    expect(suggestedStatusLine({ ...fixturePlan().plan, phase: 'vedtatt', adoptedDate: '2025-06-12' })).toBe('Vedtatt 12.06.2025');
  });

  it('an empty status line leaves the line out of the cover', () => {
    const plan = withFrame({ statusLine: '  ' });
    expect(build(plan).cover.lines).not.toContain('');
    expect(build(plan).cover.lines[0]).not.toMatch(/Høringsutkast|Høringsdokument/);
  });

  it('Planverk\'s own suggested status line follows the målform; a written one stays as written', () => {
    const nbSuggestion = suggestedStatusLine({ ...fixturePlan().plan, phase: 'planforslag-hoering', hearingStart: '2025-04-15' });
    expect(coverStatusLine({ ...fixturePlan().plan, malform: 'nn', phase: 'planforslag-hoering', hearingStart: '2025-04-15', statusLine: nbSuggestion })).toMatch(/^Høyringsdokument/);
    expect(coverStatusLine({ ...fixturePlan().plan, malform: 'nn', statusLine: 'Høringsutkast fra rådmannen' })).toBe('Høringsutkast fra rådmannen');
  });

  it('the name an older plan showed is derived once from type, title and period («Helse og omsorg» → «Kommunedelplan helse og omsorg 2025–2037»)', () => {
    const frame = { ...fixturePlan().plan, planType: 'kommunedelplan' as const, periodFrom: 2025, periodTo: 2037 };
    expect(formerCoverTitle({ ...frame, title: 'Helse og omsorg' })).toBe('Kommunedelplan helse og omsorg 2025–2037');
    expect(formerCoverTitle({ ...frame, title: 'Kommunedelplan helse og omsorg 2025–2037' })).toBe('Kommunedelplan helse og omsorg 2025–2037');
    expect(formerCoverTitle({ ...frame, planType: 'planprogram', title: 'Planprogram for helse', periodFrom: null, periodTo: null })).toBe('Planprogram for helse');
  });
});
