import { describe, expect, it } from 'vitest';
import { seededIds } from '../../shared/domain/ids';
import { exportMatrixJson } from '../../shared/matrix/exportJson';
import { importMatrixJson } from '../../shared/matrix/importJson';
import { replaceMatrixChanges } from '../../shared/matrix/replaceMatrix';
import { isRichTextEmpty, plainTextToRichText, richTextToPlainText } from '../../shared/matrix/richText';
import reference from '../../shared/sample/matrix-health-care.json';
import { buildSamplePlan } from '../../shared/sample/samplePlan';

describe('exportMatrixJson', () => {
  it('writes the reference shape: the sample matrix exports to exactly the bundled facts plus texts and leaders', () => {
    const out = exportMatrixJson(buildSamplePlan());
    expect(out.groups.map((g) => ({ key: g.key, name: g.name, kind: g.kind, number: g.number }))).toEqual(reference.groups);
    expect(out.legend).toEqual(reference.legend);
    const facts = out.themes.map((t) => ({
      title: t.title,
      areas: t.areas.map((a) => ({ title: a.title, overarching: a.overarching, responsibility: a.responsibility, subtopics: a.subtopics })),
    }));
    expect(facts).toEqual(reference.themes);
  });

  it('imports back into the same plan with no changes', () => {
    const plan = buildSamplePlan();
    const r = importMatrixJson(JSON.parse(JSON.stringify(exportMatrixJson(plan))), seededIds('again'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(replaceMatrixChanges(plan, r.matrix)).toEqual([]);
  });
});

describe('rich text as plain text', () => {
  it('round-trips paragraphs and bullet lists', () => {
    const text = 'Første avsnitt\n- punkt en\n- punkt to\nSiste avsnitt';
    expect(richTextToPlainText(plainTextToRichText(text))).toBe(text);
    expect(plainTextToRichText('  \n ')).toBeNull();
    expect(isRichTextEmpty({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] })).toBe(true);
    expect(isRichTextEmpty(plainTextToRichText('x'))).toBe(false);
  });

  it('reads headings and table cells as lines', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Overskrift' }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }] }] }] },
      ],
    };
    expect(richTextToPlainText(doc)).toBe('Overskrift\nA');
  });
});
