// The export check speaks the UI language: every finding's sentence exists in nb, nn and en with the same
// placeholders, a plan with the problems checked in nynorsk has no bokmål-only word and in English no
// Norwegian word or letter, and the bokmål sentence (what `cli check` prints) is the finding's `message`.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/document/planCheck';
import type { PlanData } from '../../../shared/domain/plan';
import { findingSentence, findingsEn, findingsNb, findingsNn } from '../../../shared/i18n/findingMessages';
import { groupLabel } from '../../../shared/matrix/labels';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { pngAsset } from '../../document/fixtures';
import { BOKMAL_ONLY, NORWEGIAN, wordsIn } from './uiWords';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The plan: a 41-day hearing, an impossible Lovdata id, unassessed inputs, an empty chapter, an image without alt text. */
function problemPlan(): PlanData {
  const plan = buildSamplePlan();
  plan.plan.hearingStart = '2025-04-15';
  plan.plan.hearingEnd = '2025-05-26';
  plan.plan.phase = 'merknadsbehandling';
  plan.laws[0]!.lovdataId = 'LOV-1999-07-32-63';
  plan.laws[1]!.lovdataId = 'lov nr 7';
  plan.measures[0]!.unit = '';
  plan.measures[1]!.name = '';
  Object.assign(plan.milestones[0]!, { time: 'en gang til våren', from: null, to: null });
  const empty = plan.chapters.find((c) => c.title === 'Strategier')!;
  empty.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: ' ' }] }] };
  const image = pngAsset('kart.png', '');
  plan.assets.push(image);
  const intro = plan.chapters.find((c) => c.title === 'Innledning')!;
  intro.body = { ...intro.body, content: [...(intro.body.content ?? []), { type: 'image', attrs: { src: `cid:${image.id}`, assetId: image.id, alt: '', decorative: false } }] };
  plan.plan.profileColor = '#bbbbbb';
  const area = plan.areas.find((a) => a.parentId === null && plan.cells.some((c) => c.areaId === a.id))!;
  plan.cells = plan.cells.filter((c) => c.areaId !== area.id);
  return plan;
}

/** A sentence without the plan's own words: quoted names, group labels and dates, which no dictionary translates. */
function ownWords(sentence: string, plan: PlanData): string {
  let rest = sentence.replace(/«[^»]*»/g, ' ');
  for (const g of plan.groups) rest = rest.split(groupLabel(g)).join(' ');
  return rest;
}

describe('finding messages', () => {
  it('give every finding key a non-empty text with the same placeholders in nb, nn and en', () => {
    for (const [key, nb] of Object.entries(findingsNb)) {
      for (const other of [findingsNn, findingsEn]) {
        const text = other[key as keyof typeof findingsNb];
        expect(text, key).toBeTruthy();
        expect(placeholders(text), key).toEqual(placeholders(nb));
      }
    }
  });

  it('check a plan with a 41-day hearing, an impossible Lovdata id, unassessed inputs, an empty chapter and an image without alt text, and say every finding in nynorsk without bokmål-only words and in English without Norwegian', () => {
    const plan = problemPlan();
    const findings = checkPlan(plan);
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ['plan.hearingEnd', 'laws.lovdataId', 'inputs.unassessed', 'empty-chapter', 'image-without-alt', 'low-contrast', 'measures.unit', 'milestones.time', 'matrix.area-without-responsibility']) {
      expect(codes, code).toContain(code);
    }
    for (const f of findings) {
      expect(findingSentence('nb', f.text)).toBe(f.message);
      const nn = findingSentence('nn', f.text);
      const en = findingSentence('en', f.text);
      expect(wordsIn(ownWords(nn, plan), BOKMAL_ONLY), nn).toEqual([]);
      expect(wordsIn(ownWords(en, plan), NORWEGIAN), en).toEqual([]);
      expect(ownWords(en, plan), en).not.toMatch(/[æøåÆØÅ]/);
    }
  });

  it('say a fallback for a blank name in the UI language, not in bokmål', () => {
    const plan = problemPlan();
    plan.measures[1]!.unit = '';
    const blank = checkPlan(plan).find((x) => x.code === 'measures.unit' && x.target.page === 'tables' && x.target.rowId === plan.measures[1]!.id)!;
    expect(blank.message).toBe('Tiltaket uten navn mangler ansvarsenhet.');
    expect(findingSentence('nn', blank.text)).toBe('Tiltaket utan namn manglar ansvarseining.');
    expect(findingSentence('en', blank.text)).toBe('The measure without a name has no responsible unit.');
  });
});
