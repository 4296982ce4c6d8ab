// The redline of the frame texts (issue 16): the cover and the footer are drawn from the plan's fields, so a changed
// title, status line, case number, version or deadline shows there as the older words deleted and the newer inserted,
// attributed like any field change; an unchanged cover stays plain strings (drawn exactly as in a clean document).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTrackedChanges, redlineDocument } from '../../../shared/compare/redline/redlineDocument';
import type { ChangeSite } from '../../../shared/compare/redline/redlineRuns';
import { buildDocument } from '../../../shared/document/builder';
import type { Cover, DocMeta, Inline } from '../../../shared/document/model';
import type { PlanData, PlanFrame } from '../../../shared/domain/plan';
import { samplePlan } from './planVariants';

const by = { author: 'Eksport Person', initials: 'EP', date: null };
const options = { part: 'plan' as const, watermark: 'none' as const, by, fromLabel: 'Høringsutkast 15.04.2025' };

/** The text a reader sees with every change accepted (`to`) or rejected (`from`). */
const side = (runs: readonly Inline[], s: 'from' | 'to'): string =>
  runs.map((r) => (r.kind === 'text' && r.change?.kind !== (s === 'to' ? 'del' : 'ins') ? r.text : '')).join('');

/** The cover's texts as a reader of one side sees them (lines without the «Sammenlignet med» line). */
function coverSide(cover: Cover, s: 'from' | 'to'): string[] {
  const r = cover.runs!;
  return [side(r.municipality, s), side(r.title, s), side(r.subtitle, s), ...r.lines.slice(0, -1).map((l) => side(l, s))].filter(Boolean);
}
const coverText = (c: Cover): string[] => [c.municipality, c.title, c.subtitle, ...c.lines];

const frameEdit = fc.record({
  title: fc.option(fc.constantFrom('Kommunedelplan helse og omsorg 2026–2038', 'Temaplan for helse', ''), { nil: undefined }),
  subtitle: fc.option(fc.constantFrom('Trygghet hele livet', ''), { nil: undefined }),
  municipality: fc.option(fc.constantFrom('Nytt kommune', ''), { nil: undefined }),
  statusLine: fc.option(fc.constantFrom('Vedtatt 12.06.2025', 'Revidert etter høring', 'Høringsutkast', ''), { nil: undefined }),
  caseNumber: fc.option(fc.constantFrom('Sak K-099/25', '2025/123', ''), { nil: undefined }),
  versionLabel: fc.option(fc.constantFrom('Vedtatt', '2.1', ''), { nil: undefined }),
  versionDate: fc.option(fc.constantFrom('2025-09-01', null), { nil: undefined }),
  hearingEnd: fc.option(fc.constantFrom('2025-08-15', null), { nil: undefined }),
});
function withFrame(edit: { [K in keyof PlanFrame]?: PlanFrame[K] | undefined }): PlanData {
  const plan = samplePlan();
  const set = Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined));
  return { ...plan, plan: { ...plan.plan, ...set } };
}

describe('redline of the frame texts (cover and footer)', () => {
  it('accepting every cover change gives the newer cover’s texts, rejecting every change the older one’s, whatever frame fields changed', () => {
    fc.assert(
      fc.property(frameEdit, frameEdit, (e1, e2) => {
        const [v1, v2] = [withFrame(e1), withFrame(e2)];
        const red = redlineDocument(v1, v2, options);
        const [c1, c2] = [buildDocument(v1, options).cover, buildDocument(v2, options).cover];
        if (JSON.stringify(coverText(c1)) === JSON.stringify(coverText(c2))) {
          expect(red.cover.runs).toBeUndefined();
          return;
        }
        expect(coverSide(red.cover, 'to')).toEqual(coverText(c2).filter(Boolean));
        expect(coverSide(red.cover, 'from')).toEqual(coverText(c1).filter(Boolean));
        // The strings stay the newer cover's, for whatever reads them (metadata, a renderer without review content).
        expect(coverText({ ...red.cover, lines: red.cover.lines.slice(0, -1) })).toEqual(coverText(c2));
      }),
      { numRuns: 25 },
    );
  });

  it('a changed status line is the old line deleted and the new one inserted, both bold as the status line is drawn', () => {
    const v1 = withFrame({ statusLine: 'Høringsutkast 15.04.2025' });
    const v2 = withFrame({ statusLine: 'Vedtatt av kommunestyret 12.06.2025' });
    const red = redlineDocument(v1, v2, options);
    const status = red.cover.runs!.lines[0]!;
    expect(status).toEqual([
      { kind: 'text', text: 'Høringsutkast 15.04.2025', bold: true, change: { kind: 'del', ...by } },
      { kind: 'text', text: 'Vedtatt av kommunestyret 12.06.2025', bold: true, change: { kind: 'ins', ...by } },
    ]);
    // The other lines are as they were; the last says what was compared with what.
    expect(red.cover.runs!.lines.slice(1).every((l) => l.every((r) => r.kind !== 'text' || !r.change))).toBe(true);
    expect(red.cover.lines.at(-1)).toBe('Sammenlignet med: Høringsutkast 15.04.2025');
    expect(countTrackedChanges(red)).toEqual({ ins: 1, del: 1 });
  });

  it('a renamed plan shows the old and the new title on the cover (before/after) and in the footer (word by word), each change asked of the plan’s fields', () => {
    const v1 = samplePlan();
    const v2 = withFrame({ title: 'Kommunedelplan helse, omsorg og velferd 2025–2037' });
    const sites: ChangeSite[] = [];
    const red = redlineDocument(v1, v2, { ...options, authors: (site) => (sites.push(site), { author: 'Kari Nordmann', initials: 'KN', date: '2027-01-11T09:15:00Z' }) });
    const changed = (runs: Inline[]) => runs.flatMap((r) => (r.kind === 'text' && r.change ? [`${r.change.kind} ${r.text} (${r.change.author})`] : []));
    expect(changed(red.cover.runs!.title)).toEqual([`del ${v1.plan.title} (Kari Nordmann)`, `ins ${v2.plan.title} (Kari Nordmann)`]);
    const footer = red.meta.footerRuns!;
    expect(side(footer, 'from')).toBe(buildDocument(v1, options).meta.footerText);
    expect(side(footer, 'to')).toBe(red.meta.footerText);
    // The cover's and the footer's changes are asked as the frame's (the project description's «Plannavn» as a table's).
    const frame = sites.filter((s) => JSON.stringify(s.origin) === JSON.stringify({ frame: true }));
    expect(frame).toContainEqual({ kind: 'del', origin: { frame: true }, text: v1.plan.title });
    expect(frame).toContainEqual({ kind: 'ins', origin: { frame: true }, text: v2.plan.title });
    expect(frame.length).toBeGreaterThan(2);
  });

  it('a redline whose frame fields are unchanged keeps the cover and the footer as plain strings, as a clean document draws them', () => {
    const v1 = samplePlan();
    const v2 = structuredClone(v1);
    v2.chapters[0] = { ...v2.chapters[0]!, title: `${v2.chapters[0]!.title} endret` };
    const red = redlineDocument(v1, v2, options);
    const clean = buildDocument(v2, options);
    expect(red.cover.runs).toBeUndefined();
    expect(red.meta.footerRuns).toBeUndefined();
    expect({ ...red.cover, lines: red.cover.lines.slice(0, -1) }).toEqual(clean.cover);
    expect(red.meta satisfies DocMeta).toEqual(clean.meta);
  });
});
