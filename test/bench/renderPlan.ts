// A large, deterministic plan for the render bench: 500 chapters, 60 areas, 20 images (real PNGs), 8 groups.
import { createHash } from 'node:crypto';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { cellId, type Asset, type PlanData, type ResponsibilityLevel } from '../../shared/domain/plan';
import { makePng } from '../document/fixtures';

export const LARGE_PLAN_SIZE = { chapters: 500, areas: 60, images: 20, themes: 6, groups: 8 } as const;

const WORDS = 'kommunen skal styrke tjenestene innbyggerne mestring trygghet samarbeid frivillighet helse omsorg bolig kompetanse rekruttering velferdsteknologi'.split(' ');
const sentence = (n: number) => Array.from({ length: 14 }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]).join(' ') + '.';
const paragraph = (n: number) => ({ type: 'paragraph', content: [{ type: 'text', text: [sentence(n), sentence(n + 1), sentence(n + 2)].join(' ') }] });

export function buildLargePlan(): PlanData {
  const next = seededIds('bench');
  const plan = emptyPlan(next);
  plan.plan.title = 'Kommunedelplan helse og omsorg 2025–2037 (stor testplan)';
  plan.plan.municipality = 'Eksempel kommune';
  plan.groups = Array.from({ length: LARGE_PLAN_SIZE.groups }, (_, i) => ({
    id: next(),
    sortKey: i + 1,
    kind: i === LARGE_PLAN_SIZE.groups - 1 ? ('prosjektgruppe' as const) : ('arbeidsgruppe' as const),
    number: i === LARGE_PLAN_SIZE.groups - 1 ? null : i + 1,
    name: i === LARGE_PLAN_SIZE.groups - 1 ? 'Prosjektgruppen' : `Arbeidsgruppe ${i + 1}`,
    leader: '',
    members: '',
  }));
  plan.themes = Array.from({ length: LARGE_PLAN_SIZE.themes }, (_, i) => ({ id: next(), sortKey: i + 1, name: `Tema ${i + 1}` }));
  const levels: ResponsibilityLevel[] = ['OpH', 'DpH', 'SpH'];
  plan.areas = Array.from({ length: LARGE_PLAN_SIZE.areas }, (_, i) => ({
    id: next(),
    sortKey: i + 1,
    themeId: plan.themes[i % LARGE_PLAN_SIZE.themes]!.id,
    parentId: null,
    name: `Delplanområde ${i + 1}`,
    problems: { type: 'doc', content: [paragraph(i)] },
    method: null,
    actors: null,
  }));
  plan.cells = plan.areas.map((area, i) => {
    const groupId = plan.groups[i % LARGE_PLAN_SIZE.groups]!.id;
    return { id: cellId(area.id, groupId), areaId: area.id, groupId, level: levels[i % 3]! };
  });
  plan.assets = Array.from({ length: LARGE_PLAN_SIZE.images }, (_, i): Asset => {
    const bytes = makePng(160, 100, i + 1);
    return {
      id: createHash('sha256').update(bytes).digest('hex'),
      mime: 'image/png',
      name: `figur-${i + 1}.png`,
      alt: `Figur ${i + 1}: utvikling i tjenestebehov`,
      decorative: false,
      dataBase64: bytes.toString('base64'),
    };
  });
  const topCount = LARGE_PLAN_SIZE.chapters / 10;
  for (let top = 0; top < topCount; top++) {
    const topId = next();
    plan.chapters.push({ id: topId, sortKey: top + 1, parentId: null, kind: 'chapter', title: `Kapittel ${top + 1}`, numbered: true, status: 'utkast', groupId: null, body: { type: 'doc', content: [paragraph(top)] } });
    for (let sub = 0; sub < 9; sub++) {
      const n = top * 9 + sub;
      const image = n < LARGE_PLAN_SIZE.images ? [{ type: 'image', attrs: { assetId: plan.assets[n]!.id, alt: null, decorative: false } }] : [];
      plan.chapters.push({
        id: next(),
        sortKey: sub + 1,
        parentId: topId,
        kind: 'chapter',
        title: `Underkapittel ${top + 1}.${sub + 1}`,
        numbered: true,
        status: 'utkast',
        groupId: null,
        body: { type: 'doc', content: [paragraph(n), paragraph(n + 3), ...image, paragraph(n + 5)] },
      });
    }
  }
  return plan;
}
