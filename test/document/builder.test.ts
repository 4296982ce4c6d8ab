import { describe, expect, it } from 'vitest';
import { checkAccessibility } from '../../shared/document/accessibility';
import { buildDocument } from '../../shared/document/builder';
import { contrastRatio, profileColorProblem } from '../../shared/document/contrast';
import { inlineText, type Block, type DocModel } from '../../shared/document/model';
import { BOKMAL_ONLY, wordsFor } from '../../shared/document/words';
import { buildMerknadsbehandling, conclusionLabel, measuresHeaders, measureStatusLabel, merknadsHeaders, projectDescriptionRows, senderTypeLabel } from '../../shared/plantables';
import type { PlanData } from '../../shared/domain/plan';
import { fixturePlan, nynorskPlan, pngAsset } from './fixtures';

const senderType = (type: PlanData['inputs'][number]['senderType']) => senderTypeLabel(type, 'nb');

function allText(model: DocModel): string {
  const out: string[] = [model.meta.title, model.meta.footerText, model.cover.title, model.cover.subtitle, model.cover.municipality, ...model.cover.lines];
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'heading') out.push(b.text);
      else if (b.kind === 'paragraph') out.push(inlineText(b.runs));
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach(walk);
      else if (b.kind === 'table') {
        if (b.caption) out.push(b.caption.full);
        [...b.headerRows, ...b.bodyRows.map((r) => r.cells)].forEach((cells) => cells.forEach((c) => walk(c.blocks)));
      } else if (b.kind === 'image') out.push(b.alt, b.caption?.full ?? '');
      else if (b.kind === 'toc') out.push(b.title, ...b.entries.map((e) => e.text));
    }
  };
  walk(model.blocks);
  return out.join('\n');
}

const headings = (m: DocModel) => m.blocks.flatMap((b) => (b.kind === 'heading' ? [b] : []));
const tables = (m: DocModel) => m.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

describe('buildDocument', () => {
  const plan = fixturePlan();
  const model = buildDocument(plan, { part: 'plan', watermark: 'horingsutkast' });

  it('writes the cover with plan type, period, status line from the hearing, case number, version and deadline', () => {
    expect(model.cover.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
    expect(model.cover.municipality).toBe('Eksempel kommune');
    expect(model.cover.lines[0]).toMatch(/^Høringsdokument vedtatt og lagt ut på høring \d{2}\.\d{2}\.\d{4}$/);
    expect(model.cover.lines.some((l) => /^Sak K-\d+\/\d+$/.test(l))).toBe(true);
    expect(model.cover.lines.some((l) => /^Frist for innspill: \d{2}\.\d{2}\.\d{4}$/.test(l))).toBe(true);
    expect(model.cover.logo?.alt).toBe('Kommunevåpenet til Eksempel kommune');
    expect(model.meta.watermark).toEqual({ text: 'HØRINGSUTKAST', placement: 'diagonal' });
    expect(buildDocument(plan, { part: 'plan', watermark: 'utkast', watermarkPlacement: 'top' }).meta.watermark).toEqual({ text: 'UTKAST', placement: 'top' });
    expect(buildDocument(plan, { part: 'plan', watermark: 'none', watermarkPlacement: 'top' }).meta.watermark).toBeNull();
    expect(model.meta.lang).toBe('nb-NO');
  });

  it('numbers chapters 1, 1.1 across parts, leaves parts unnumbered and lists every heading in Innhold', () => {
    const hs = headings(model);
    const parts = hs.filter((h) => h.text.startsWith('Del '));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => p.number === null && p.level === 1)).toBe(true);
    const numbered = hs.filter((h) => h.number !== null).map((h) => h.number);
    expect(numbered.slice(0, 3)).toEqual(['1', '2', '2.1']);
    expect(numbered).toContain('5'); // the fixture chapter comes after the four sample chapters
    const toc = model.blocks[0];
    expect(toc?.kind).toBe('toc');
    if (toc?.kind === 'toc') {
      expect(toc.title).toBe('Innhold');
      expect(toc.entries.map((e) => e.id)).toEqual(hs.map((h) => h.id));
    }
    expect(new Set(hs.map((h) => h.id)).size).toBe(hs.length);
  });

  it('numbers table and figure captions through the document and expands live blocks into tables', () => {
    const captions = tables(model).flatMap((t) => (t.caption ? [t.caption.full] : []));
    // The sample's population table has no caption of its own: it takes its section's heading (see chapterTables.test.ts).
    expect(captions[0]).toBe('Tabell 1: Befolkningsutvikling');
    expect(captions[1]).toBe('Tabell 2: Nøkkeltall for tjenestene');
    expect(captions).toContain('Tabell 3: Milepælsplan');
    expect(captions).toContain('Tabell 4: Handlingsplan');
    expect(captions).toContain('Tabell 5: Oversikt over delplanområder og hovedansvar');
    expect(captions.some((c) => /^Tabell 6: Hovedansvar – Arbeidsgruppe 2: /.test(c))).toBe(true);
    expect(captions).toContain('Tabell 7: Innspill og kommunens vurdering');
    expect(captions.map((c) => Number(/Tabell (\d+)/.exec(c)?.[1]))).toEqual(captions.map((_, i) => i + 1));
    const figure = model.blocks.find((b) => b.kind === 'image');
    expect(figure?.kind === 'image' && figure.caption?.full).toBe('Figur 1: Befolkningsutvikling 80 år og eldre');
  });

  it('totals measures per unit and in all, in exact øre', () => {
    const measures = tables(model).find((t) => t.caption?.text === 'Handlingsplan');
    expect(measures).toBeDefined();
    const total = measures!.bodyRows.at(-1)!;
    expect(total.emphasis).toBe('total');
    const cellText = (i: number) => inlineText((total.cells[i]!.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs);
    const expectedOre = plan.measures.reduce((s, m) => s + m.costOre, 0);
    expect(cellText(1).replace(/\s/g, '')).toBe((plan.measures.reduce((s, m) => s + m.fteHundredths, 0) / 100).toFixed(2).replace('.', ','));
    expect(Number(cellText(2).replace(/\s/g, '').replace(',', '.'))).toBe(expectedOre / 100);
    const units = new Set(plan.measures.map((m) => m.unit.trim()));
    expect(measures!.bodyRows.filter((r) => r.emphasis === 'subtotal')).toHaveLength(units.size);
  });

  it('keeps the text of unknown nodes, footnotes and safe links, and marks a missing image instead of failing', () => {
    const text = allText(model);
    expect(text).toContain('Tekst fra en ukjent node');
    expect(model.footnotes).toEqual([{ id: 1, runs: [{ kind: 'text', text: 'Tall fra SSB, framskriving 2024.' }] }]);
    const linked = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : [])).find((r) => r.kind === 'text' && r.link);
    expect(linked).toMatchObject({ text: 'Statistisk sentralbyrå', link: 'https://www.ssb.no/' });
  });

  it('derives the matrix part (Tabell 1, 2 and one Tabell per group) and a group work package', () => {
    const matrix = buildDocument(plan, { part: 'matrix', watermark: 'none' });
    const caps = tables(matrix).map((t) => t.caption?.full ?? '');
    expect(caps[0]).toBe('Tabell 1: Oversikt over delplanområder og hovedansvar');
    expect(caps[1]).toBe('Tabell 2: Alles ansvar');
    expect(caps.length).toBeGreaterThanOrEqual(2 + plan.groups.filter((g) => plan.cells.some((c) => c.groupId === g.id && c.level)).length);
    // The leader is named; a leader written as a title ("Enhetsleder institusjon") is not prefixed «Leder».
    expect(headings(matrix).some((h) => /^Arbeidsgruppe 1: .+\. Enhetsleder institusjon$/.test(h.text))).toBe(true);
    const overview = tables(matrix)[0]!;
    expect(overview.headerRows[0]).toHaveLength(plan.groups.length + 1);

    const pkg = buildDocument(plan, { part: { group: '2' }, watermark: 'none' });
    const g2 = plan.groups.find((g) => g.number === 2)!;
    expect(headings(pkg)[0]?.text.startsWith(`Arbeidsgruppe 2: ${g2.name}`)).toBe(true);
    expect(pkg.meta.title).toContain(g2.name);
    expect(() => buildDocument(plan, { part: { group: 'finnes ikke' }, watermark: 'none' })).toThrow(/finnes ikke/);
  });

  it('writes a nynorsk document in nynorsk: no bokmål-only generated word leaks in', () => {
    const nn = buildDocument(nynorskPlan(), { part: 'plan', watermark: 'horingsutkast' });
    const text = allText(nn);
    expect(nn.meta.lang).toBe('nn-NO');
    expect(text).toContain('Innhald');
    expect(text).toContain('Høyringsdokument vedteke og lagt ut på høyring');
    expect(text).toContain('Frist for innspel');
    expect(nn.meta.watermark?.text).toBe('HØYRINGSUTKAST');
    for (const word of BOKMAL_ONLY) {
      expect(text, `«${word}» i nynorsk dokument`).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
    }
    const matrixNn = allText(buildDocument(nynorskPlan(), { part: 'matrix', watermark: 'none' }));
    for (const word of BOKMAL_ONLY) expect(matrixNn).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
  });
});

const cellTexts = (cell: { blocks: Block[] }) => cell.blocks.map((b) => (b.kind === 'paragraph' ? inlineText(b.runs) : ''));

describe('structured tables come from shared/plantables', () => {
  /** Inputs stored out of date order (sortKey), one after the deadline, one undated. */
  function hearingPlan(): PlanData {
    const plan = fixturePlan();
    const base = plan.inputs[0]!;
    const input = (id: string, sortKey: number, sender: string, receivedDate: string | null) => ({ ...base, id, sortKey, sender, receivedDate, conclusion: null });
    plan.plan = { ...plan.plan, hearingStart: '2025-04-15', hearingEnd: '2025-06-02' };
    plan.inputs = [input('i-a', 1, 'Sen avsender', '2025-06-10'), input('i-b', 2, 'Tidlig avsender', '2025-04-20'), input('i-c', 3, 'Udatert avsender', null), input('i-d', 4, 'Midt avsender', '2025-05-05')];
    return plan;
  }

  it('lists the merknadsbehandling by date received and marks the input that came after the deadline', () => {
    const plan = hearingPlan();
    const model = buildDocument(plan, { part: 'merknadsbehandling', watermark: 'none' });
    const table = tables(model)[0]!;
    const senders = table.bodyRows.map((r) => cellTexts(r.cells[0]!)[0]);
    expect(senders).toEqual(buildMerknadsbehandling(plan).rows.map((r) => r.sender));
    expect(senders.slice(0, 3)).toEqual(['Tidlig avsender', 'Midt avsender', 'Sen avsender']);
    const lateRow = table.bodyRows[senders.indexOf('Sen avsender')]!;
    expect(cellTexts(lateRow.cells[0]!)).toEqual(['Sen avsender', senderType(plan.inputs[0]!.senderType), '10.06.2025', 'Kom inn etter fristen']);
    const onTime = table.bodyRows[senders.indexOf('Midt avsender')]!;
    expect(cellTexts(onTime.cells[0]!)).toEqual(['Midt avsender', senderType(plan.inputs[0]!.senderType), '05.05.2025']);
    expect(cellTexts(onTime.cells[3]!)).toEqual(['Ikke vurdert']);
  });

  it('names an input\'s attached letter under its sender', () => {
    const plan = hearingPlan();
    const letter = pngAsset('innspill-fra-eldreradet.pdf', '', 10, 10, 9);
    plan.assets = [...plan.assets, { ...letter, mime: 'application/pdf' }];
    plan.inputs = plan.inputs.map((i) => (i.id === 'i-b' ? { ...i, attachmentAssetId: letter.id } : i));
    const table = tables(buildDocument(plan, { part: 'merknadsbehandling', watermark: 'none' }))[0]!;
    const cells = table.bodyRows.map((r) => cellTexts(r.cells[0]!));
    expect(cells.find((c) => c[0] === 'Tidlig avsender')).toEqual(['Tidlig avsender', senderType(plan.inputs[0]!.senderType), '20.04.2025', 'Vedlegg: innspill-fra-eldreradet.pdf']);
    expect(cells.filter((c) => c.some((t) => t.startsWith('Vedlegg')))).toHaveLength(1);
  });

  it('writes the project description rows and milestones in time order, with the timeline as a figure with alt text', () => {
    const plan = fixturePlan();
    plan.milestones = [...plan.milestones].reverse().map((m, i) => ({ ...m, sortKey: i + 1 }));
    const model = buildDocument(plan, { part: 'plan', watermark: 'none' });
    const milestones = tables(model).find((t) => t.caption?.text === 'Milepælsplan')!;
    const names = milestones.bodyRows.map((r) => cellTexts(r.cells[0]!)[0]);
    const rowsInOrder = projectDescriptionRows(plan).find((r) => r.key === 'progress')!.lines.map((l) => l.split(':')[0]);
    expect(names).toEqual(rowsInOrder);
    const at = model.blocks.indexOf(milestones);
    const figure = model.blocks[at + 1];
    expect(figure?.kind).toBe('image');
    if (figure?.kind === 'image') {
      expect(figure.image.mime).toBe('image/svg+xml');
      expect(figure.caption?.full).toMatch(/^Figur \d+: Milepælsplan som tidslinje$/);
      expect(figure.alt).toContain(`${names[0]}: `);
      const svg = atob(figure.image.dataBase64);
      expect(svg).toContain('role="img"');
    }
  });

  it('keeps one home for each generated word: the plan tables read the document vocabulary', () => {
    for (const malform of ['nb', 'nn'] as const) {
      const w = wordsFor(malform);
      expect(conclusionLabel('ikke-tatt-til-folge', malform)).toBe(w['ikke-tatt-til-folge']);
      expect(conclusionLabel(null, malform)).toBe(w.notAssessed);
      expect(measureStatusLabel('iverksatt', malform)).toBe(w.iverksatt);
      expect(merknadsHeaders(malform).assessment).toBe(w.assessment);
      expect(measuresHeaders(malform).noUnit).toBe(w.noUnit);
    }
  });
});

describe('accessibility and contrast checks', () => {
  it('refuses an informative image without alt text but accepts a decorative one', () => {
    const plan = fixturePlan();
    const bare = pngAsset('uten-alt.png', '', 10, 10, 5);
    const deco = pngAsset('pynt.png', '', 12, 12, 6, true);
    const withImages = {
      ...plan,
      assets: [...plan.assets, bare, deco],
      chapters: plan.chapters.map((c, i) =>
        i === 0 ? { ...c, body: { type: 'doc' as const, content: [{ type: 'image', attrs: { assetId: bare.id } }, { type: 'image', attrs: { assetId: deco.id } }] } } : c,
      ),
    };
    const problems = checkAccessibility(withImages);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'image-without-alt', place: { kind: 'chapter', chapterId: plan.chapters[0]!.id } });
    expect(errors[0]!.message).toContain('uten-alt.png');
    expect(checkAccessibility(plan).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('computes WCAG contrast and warns about a pale profile colour', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f4e79', '#ffffff')).toBeGreaterThan(4.5);
    expect(profileColorProblem('#1f4e79')).toBeNull();
    expect(profileColorProblem('#7fb2e5')?.message).toMatch(/4,5:1/);
    const pale = { ...fixturePlan() };
    pale.plan = { ...pale.plan, profileColor: '#ffcc00' };
    expect(checkAccessibility(pale).some((p) => p.code === 'low-contrast')).toBe(true);
  });
});
