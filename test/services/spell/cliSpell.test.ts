// `cli spell` and `cli check` as a user runs them (runCli), on a real plan file whose chapters carry the test
// corpus' misspellings and målform slips.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../cli/capture';
import { createPlanFile } from '../../../electron/services/store';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import type { PlanData } from '../../../shared/domain/plan';
import type { Malform } from '../../../shared/domain/plan';

const page = (name: string) => readFileSync(new URL(`../../fixtures/spell/${name}.txt`, import.meta.url), 'utf8');
const paragraphs = (text: string) => ({
  type: 'doc' as const,
  content: text.split(/\n\n+/).map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p.trim() }] })),
});

/**
 * The sample plan in one målform with its chapters emptied but two: the test page and a clean chapter of that målform.
 * The matrix's and the tables' texts (spelled too, fieldSpelling.test.ts) are left out: these tests read the page.
 */
function planWithPage(malform: Malform): { path: string; plan: PlanData } {
  const plan = buildSamplePlan();
  plan.plan.malform = malform;
  for (const a of plan.areas) Object.assign(a, { problems: null, method: null, actors: null });
  Object.assign(plan, { measures: [], milestones: [], orgRoles: [], laws: [], documents: [] });
  for (const c of plan.chapters) {
    c.title = malform === 'nn' ? 'Innleiing' : 'Innledning';
    c.body = { type: 'doc', content: [] };
  }
  const leaves = plan.chapters.filter((c) => !plan.chapters.some((o) => o.parentId === c.id));
  leaves[0]!.title = malform === 'nn' ? 'Planomtale' : 'Planbeskrivelse';
  leaves[0]!.body = paragraphs(page(malform === 'nn' ? 'nynorsk' : 'bokmal'));
  const path = join(mkdtempSync(join(tmpdir(), 'planverk-spell-')), 'plan.planverk');
  createPlanFile(path, plan).close();
  return { path, plan };
}

const cli = (argv: string[]) => runCliCaptured(...argv);

describe('cli spell and cli check', () => {
  it('spell lists per chapter the misspelled words and the bokmål forms of a nynorsk plan with suggestions', async () => {
    const { path, plan } = planWithPage('nn');
    const { code, out } = await cli(['spell', path]);
    expect(code).toBe(0);
    expect(out[0]).toBe('Stavekontroll (nynorsk): 2 mulige skrivefeil, 3 målformfeil.');
    expect(out.slice(1)).toEqual([
      'Kapittel «Planomtale»:',
      '  «ikke» (ikke nynorsk) → ikkje',
      expect.stringMatching(/^ {2}«kartleginga» \(skrivefeil\) → .*kartlegginga/),
      '  «Kommunens» (ikke nynorsk) → Kommunen si, Kommunen sin, Kommunen sitt, Kommunen sine',
      expect.stringMatching(/^ {2}«tilretteleging» \(skrivefeil\) → tilrettelegging/),
      '  «Hva» (ikke nynorsk) → Kva',
    ]);
    expect(plan.chapters.length).toBeGreaterThan(1);
  });

  it('spell --json gives the same findings for scripts', async () => {
    const { path } = planWithPage('nb');
    const { code, out } = await cli(['spell', path, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.malform).toBe('nb');
    expect(json.counts).toEqual({ spelling: 3, malform: 2 });
    expect(json.chapters).toHaveLength(1);
    expect(json.chapters[0].title).toBe('Planbeskrivelse');
    expect(json.chapters[0].findings.map((f: { word: string; kind: string }) => `${f.kind}:${f.word}`)).toEqual([
      'spelling:kommuen',
      'spelling:utbyging',
      'spelling:infrastuktur',
      'malform:kva',
      'malform:ikkje',
    ]);
    const kva = json.chapters[0].findings[3];
    expect(kva.suggestions).toEqual(['hva']);
    expect(kva.context).toContain('og kva som kan gjennomføres');
  });

  it('check counts the misspellings and målform slips and lists them as export check warnings', async () => {
    const { path } = planWithPage('nn');
    const { out } = await cli(['check', path]);
    expect(out).toContain('Stavekontroll: 2 mulige skrivefeil, 3 målformfeil (se «spell»).');
    expect(out).toContain('  Advarsel: Kapittel «Planomtale» har 3 ord som ikke er nynorsk: «ikke» → «ikkje», «Kommunens» → «Kommunen si», «Hva» → «Kva». [Kapitler › «Planomtale»]');
    expect(out.some((l) => l.startsWith('  Advarsel: Kapittel «Planomtale» har 2 mulige skrivefeil: «kartleginga», «tilretteleging».'))).toBe(true);
  });
});
