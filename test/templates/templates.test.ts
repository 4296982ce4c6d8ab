// «Ny plan» from a template: each kind's chapter skeleton with its live blocks, in bokmål and nynorsk, through the
// API call the start screen uses and through `cli new --kind`, and the samples of each kind.
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { dispatch } from '../../electron/services/api/dispatch';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession } from '../../electron/services/session';
import { openPlanFile } from '../../electron/services/store';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { PlanData, type Chapter } from '../../shared/domain/plan';
import { buildSamplePlanprogram } from '../../shared/sample/samplePlanprogram';
import { planFromTemplate, TEMPLATE_KINDS } from '../../shared/templates';
import { tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-templates-');
afterAll(() => tmp.cleanup());

type Json = { type?: string; attrs?: Record<string, unknown>; content?: Json[] };
const liveKinds = (chapters: Chapter[]): string[] => {
  const out: string[] = [];
  const walk = (n: Json) => {
    if (n.type === 'liveBlock') out.push(String(n.attrs?.kind));
    n.content?.forEach(walk);
  };
  chapters.forEach((c) => walk(c.body as Json));
  return out;
};
const titles = (p: PlanData) => p.chapters.map((c) => c.title);

describe('plan templates', () => {
  it('a kommunedelplan starts with Del 1, Del 2, the action plan with measures, Tabell 1/2/3 in the appendices and the merknadsbehandling', () => {
    const plan = planFromTemplate('kommunedelplan', 'nb');
    expect(PlanData.safeParse(plan).success).toBe(true);
    expect(plan.plan.planType).toBe('kommunedelplan');
    expect(titles(plan)).toEqual(expect.arrayContaining(['Del 1 – rammer og utfordringer', 'Del 2 – strategier og tiltak', 'Handlingsplan', 'Vedlegg', 'Merknadsbehandling']));
    const handlingsplan = plan.chapters.find((c) => c.title === 'Handlingsplan')!;
    expect(liveKinds([handlingsplan])).toEqual(['measures']);
    const vedlegg = plan.chapters.find((c) => c.title === 'Vedlegg')!;
    const appendix = plan.chapters.filter((c) => c.parentId === vedlegg.id);
    expect(liveKinds(appendix)).toEqual(['matrix-overview', 'matrix-all', 'matrix-group', 'merknadsbehandling']);
  });

  it('a planprogram starts with purpose, project description, framework, organisation, milestones and participation, each with its live block', () => {
    const plan = planFromTemplate('planprogram', 'nb');
    expect(plan.plan.planType).toBe('planprogram');
    expect(plan.chapters.filter((c) => c.parentId === null).map((c) => c.title)).toEqual([
      'Formål og bakgrunn',
      'Prosjektbeskrivelse',
      'Rammer og føringer',
      'Organisering',
      'Milepæler og framdrift',
      'Medvirkning og høring',
    ]);
    expect(liveKinds(plan.chapters)).toEqual(['project-description', 'focus-areas', 'laws', 'documents', 'organisation', 'milestones', 'hearing']);
  });

  it('a nynorsk template writes its guidance, titles and legend in nynorsk', () => {
    for (const kind of TEMPLATE_KINDS) {
      const nb = planFromTemplate(kind, 'nb');
      const nn = planFromTemplate(kind, 'nn');
      expect(nn.plan.malform).toBe('nn');
      expect(nn.chapters).toHaveLength(nb.chapters.length);
      expect(liveKinds(nn.chapters)).toEqual(liveKinds(nb.chapters));
      const text = JSON.stringify(nn.chapters);
      for (const word of ['hvordan', 'hvilke', 'Beskriv ', 'ikke', 'Fylles ut', 'føringer', 'Innledning', 'Formål']) expect(text, `${kind}: ${word}`).not.toContain(word);
      expect(nn.legend.map((l) => l.explanation)).toEqual(['Overordna problemstilling. Hovudansvar', 'Delproblemstilling. Hovudansvar', 'Spesifikk problemstilling. Hovudansvar']);
    }
  });

  it('file.newFromTemplate creates and opens a plan file of the kind and målform asked for', async () => {
    const session = createSession();
    const h = createHandlers(session);
    const path = tmp.file('nytt-program.planverk');
    const r = await dispatch(h, 'file.newFromTemplate', { path, kind: 'planprogram', malform: 'nn' });
    expect(r.ok).toBe(true);
    const plan = session.requireCurrent().readPlan();
    expect(plan.plan.planType).toBe('planprogram');
    expect(plan.plan.malform).toBe('nn');
    expect(liveKinds(plan.chapters)).toContain('hearing');
    const sample = await dispatch(h, 'file.newFromTemplate', { path: tmp.file('eksempel-program.planverk'), kind: 'planprogram', sample: true });
    expect(sample.ok).toBe(true);
    expect(session.requireCurrent().readPlan().plan.title).toBe(buildSamplePlanprogram().plan.title);
    const bad = await dispatch(h, 'file.newFromTemplate', { path: tmp.file('x.planverk'), kind: 'reguleringsplan' });
    expect(bad.ok).toBe(false);
    session.close();
  });

  it('cli new --kind planprogram --malform nn writes a nynorsk planprogram; a wrong --kind is refused', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const path = tmp.file('cli-program.planverk');
    expect(await runCli(['new', path, '--kind', 'planprogram', '--malform', 'nn'], io)).toBe(0);
    const file = openPlanFile(path, { readOnly: true });
    const plan = file.readPlan();
    file.close();
    expect([plan.plan.planType, plan.plan.malform]).toEqual(['planprogram', 'nn']);
    expect(plan.chapters.find((c) => c.parentId === null && c.sortKey === 1)?.title).toBe('Føremål og bakgrunn');
    expect(await runCli(['new', tmp.file('y.planverk'), '--kind', 'temaplanen'], io)).toBe(1);
    expect(err.join('\n')).toContain('--kind må være kommunedelplan eller planprogram');
  });
});

describe('sample planprogram', () => {
  it('is a valid, deterministic planprogram whose DOCX holds the project description, focus areas, laws, documents, organisation, milestones and hearing tables', async () => {
    const plan = buildSamplePlanprogram();
    expect(PlanData.safeParse(plan).success).toBe(true);
    expect(JSON.stringify(buildSamplePlanprogram())).toBe(JSON.stringify(plan));
    const bytes = await renderDocx(buildDocument(plan, { part: 'plan', watermark: 'none' }), { date: new Date('2025-09-01T08:00:00Z') });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    // Codes such as law ids are written with non-breaking hyphens (U+2011) so that they never break; read them as typed.
    const text = xml.replace(/<[^>]+>/g, '').replace(/\u2011/g, '-');
    for (const caption of ['Prosjektbeskrivelse', 'Innsatsområder i planarbeidet', 'Lover', 'Nasjonale, regionale og lokale føringer', 'Organisering av planarbeidet', 'Milepælsplan', 'Høring og offentlig ettersyn']) {
      expect(text, caption).toMatch(new RegExp(`Tabell \\d+: ${caption}`));
    }
    expect(text).toContain('LOV-2007-06-29-89');
    expect(text).toContain('Frivilligsentralen');
    expect(text).toContain('Barn og unges kulturliv');
  });
});

describe('sample kommunedelplan', () => {
  it('exports «Hele planen» with every table in place: project description, laws, organisation, milestones, hearing, measures, Tabell 1, Tabell 2, each group\'s Tabell 3 and the merknadsbehandling', async () => {
    const { buildSamplePlan } = await import('../../shared/sample/samplePlan');
    const plan = buildSamplePlan();
    const bytes = await renderDocx(buildDocument(plan, { part: 'plan', watermark: 'horingsutkast' }), { date: new Date('2025-04-15T08:00:00Z') });
    const text = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const captions = [
      'Prosjektbeskrivelse',
      'Innsatsområder i planarbeidet',
      'Lover',
      'Nasjonale, regionale og lokale føringer',
      'Organisering av planarbeidet',
      'Milepælsplan',
      'Høring og offentlig ettersyn',
      'Handlingsplan',
      'Oversikt over delplanområder og hovedansvar',
      'Alles ansvar',
      'Innspill og kommunens vurdering',
    ];
    for (const caption of captions) expect(text, caption).toMatch(new RegExp(`Tabell \\d+: ${caption}`));
    for (const g of plan.groups) expect(text, g.name).toContain(`Hovedansvar – `);
    const groupTables = text.match(/Tabell \d+: Hovedansvar – /g) ?? [];
    expect(groupTables.length).toBe(plan.groups.filter((g) => plan.cells.some((c) => c.groupId === g.id && c.level)).length);
    // The measures are under «Handlingsplan … viser tiltakene», with their total.
    expect(text.indexOf('Digitalt tilsyn for hjemmeboende')).toBeGreaterThan(text.indexOf('Handlingsplanen viser tiltakene'));
  });
});
