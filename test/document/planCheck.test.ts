// «Checked against the plan before it goes out»: the one export check (shared/document/planCheck.ts) lists every
// kind of problem with its severity and its place in the app; `cli check` prints them and exits 0, `cli export
// --strict` refuses while errors remain and leaves no file.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createPlanFile } from '../../electron/services/store';
import { checkPlan, type PlanFinding } from '../../shared/document/planCheck';
import type { PlanData } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { buildSamplePlanprogram } from '../../shared/sample/samplePlanprogram';
import { sha256File, tempDir } from '../services/store/helpers';
import { pngAsset } from './fixtures';

const tmp = tempDir('planverk-check-');
afterAll(() => tmp.cleanup());

const codes = (findings: PlanFinding[]) => findings.map((f) => f.code);
const only = (findings: PlanFinding[], code: string) => findings.filter((f) => f.code === code);

/** The plan of the issue: a 41-day hearing, a law whose Lovdata id has an impossible date, inputs «Ikke vurdert». */
function issuePlan(): PlanData {
  const plan = buildSamplePlan();
  plan.plan.hearingStart = '2025-04-15';
  plan.plan.hearingEnd = '2025-05-26';
  plan.laws[0]!.lovdataId = 'LOV-1999-07-32-63';
  return plan;
}

describe('export check', () => {
  it('lists a hearing of 41 days as an error that links to the plan details', () => {
    const [f] = only(checkPlan(issuePlan()), 'plan.hearingEnd');
    expect(f).toMatchObject({ severity: 'error', href: '#/plan', target: { page: 'plan', field: 'hearingEnd' } });
    expect(f!.message).toContain('41 dager');
  });

  it('flags a Lovdata id with an impossible date (LOV-1999-07-32-63) on its row of the Tabeller page', () => {
    const plan = issuePlan();
    const [f] = only(checkPlan(plan), 'laws.lovdataId');
    expect(f).toMatchObject({ severity: 'error', href: '#/tabeller', target: { page: 'tables', table: 'laws', rowId: plan.laws[0]!.id }, targetName: plan.laws[0]!.name });
    expect(f!.message).toContain('dato som ikke finnes');
  });

  it('lists unassessed inputs of a printed merknadsbehandling: a warning during the hearing, an error once the merknadsbehandling goes to the politicians', () => {
    const plan = issuePlan();
    const unassessed = plan.inputs.filter((i) => i.conclusion === null);
    expect(unassessed.length).toBeGreaterThan(0);
    const during = only(checkPlan(plan), 'inputs.unassessed');
    expect(during.map((f) => f.target)).toEqual(unassessed.map((i) => ({ page: 'hearing', inputId: i.id, column: 'conclusion' })));
    expect(during.every((f) => f.severity === 'warning' && f.href === '#/horing')).toBe(true);
    plan.plan.phase = 'merknadsbehandling';
    expect(only(checkPlan(plan), 'inputs.unassessed').every((f) => f.severity === 'error')).toBe(true);
  });

  it('lists the matrix validation findings with the area they concern', () => {
    const plan = buildSamplePlan();
    const area = plan.areas.find((a) => a.parentId === null && plan.cells.some((c) => c.areaId === a.id))!;
    plan.cells = plan.cells.filter((c) => c.areaId !== area.id);
    const f = checkPlan(plan).find((x) => x.code === 'matrix.area-without-responsibility');
    expect(f).toMatchObject({ severity: 'error', href: '#/ansvarsmatrise', target: { page: 'matrix', areaId: area.id }, targetName: area.name });
  });

  it('lists a measure without a responsibility unit', () => {
    const plan = buildSamplePlan();
    plan.measures[2]!.unit = '  ';
    expect(only(checkPlan(plan), 'measures.unit')).toEqual([expect.objectContaining({ severity: 'warning', target: { page: 'tables', table: 'measures', rowId: plan.measures[2]!.id, column: 'unit' } })]);
  });

  it('lists an empty chapter, but not a chapter that only holds sub-chapters or a live block', () => {
    const plan = buildSamplePlan();
    const chapter = plan.chapters.find((c) => c.title === 'Strategier')!;
    chapter.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '   ' }] }] };
    const found = only(checkPlan(plan), 'empty-chapter');
    expect(found.map((f) => f.target)).toEqual([{ page: 'chapters', chapterId: chapter.id }]);
    expect(found[0]!.href).toBe('#/kapitler');
  });

  it('lists an image without alt text and a profile colour with too little contrast', () => {
    const plan = buildSamplePlan();
    const image = pngAsset('kart.png', '');
    plan.assets.push(image);
    const chapter = plan.chapters.find((c) => c.title === 'Innledning')!;
    chapter.body = { ...chapter.body, content: [...(chapter.body.content ?? []), { type: 'image', attrs: { src: `cid:${image.id}`, assetId: image.id, alt: '', decorative: false } }] };
    plan.plan.profileColor = '#bbbbbb';
    const findings = checkPlan(plan);
    expect(only(findings, 'image-without-alt')).toEqual([expect.objectContaining({ severity: 'error', accessibility: true, target: { page: 'chapters', chapterId: chapter.id } })]);
    expect(codes(findings)).toContain('low-contrast');
  });

  it('lists live blocks that point at nothing: a removed group and an unknown kind', () => {
    const plan = buildSamplePlan();
    const chapter = plan.chapters.find((c) => c.title === 'Strategier')!;
    chapter.body = {
      ...chapter.body,
      content: [...(chapter.body.content ?? []), { type: 'liveBlock', attrs: { kind: 'matrix-group', groupId: 'gruppe-som-er-borte' } }, { type: 'liveBlock', attrs: { kind: 'budsjett', groupId: null } }],
    };
    const findings = checkPlan(plan);
    expect(only(findings, 'live-block-dangling')).toEqual([expect.objectContaining({ severity: 'error', target: { page: 'chapters', chapterId: chapter.id } })]);
    expect(only(findings, 'live-block-unknown')).toHaveLength(1);
  });

  it('finds no errors in either built-in sample', () => {
    for (const plan of [buildSamplePlan(), buildSamplePlanprogram()]) expect(checkPlan(plan).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('export check in the CLI', () => {
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  const issueFile = () => {
    const path = tmp.file(`issue-${Math.random().toString(36).slice(2)}.planverk`);
    createPlanFile(path, issuePlan()).close();
    return path;
  };

  it('cli check exits 0 and prints every finding with its place in the app', async () => {
    const r = await cli('check', issueFile());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Eksportsjekk: [1-9]\d* feil, \d+ advarsler\./);
    expect(r.out).toMatch(/Feil: Høringsperioden er bare 41 dager.*\[Plan\]/);
    expect(r.out).toMatch(/Feil: «LOV-1999-07-32-63» har en dato som ikke finnes.*\[Tabeller › «/);
    expect(r.out).toMatch(/Advarsel: Innspillet fra «.*» er ikke vurdert.*\[Høring › «/);
  });

  it('cli export --strict refuses while errors remain and writes nothing; without --strict it exports and prints the findings', async () => {
    const plan = issueFile();
    const before = sha256File(plan);
    const out = tmp.file('strict.html');
    const strict = await cli('export', plan, '--format', 'html', '--out', out, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('Dokumentet eksporteres ikke med --strict');
    expect(strict.err).toContain('Feil: Høringsperioden er bare 41 dager');
    expect(existsSync(out)).toBe(false);
    expect(sha256File(plan)).toBe(before);
    const loose = await cli('export', plan, '--format', 'html', '--out', out);
    expect(loose.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(loose.err).toContain('Feil: «LOV-1999-07-32-63» har en dato som ikke finnes');
  });

  it('cli export --strict exports a plan whose check finds warnings only', async () => {
    const path = tmp.file('sample-strict.planverk');
    createPlanFile(path, buildSamplePlan()).close();
    const r = await cli('export', path, '--format', 'html', '--out', tmp.file('sample-strict.html'), '--strict');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Advarsel:');
  });
});
