// A plan made to find page breaks in the wrong places: many themes with a varying number of areas of varying height,
// each theme and each theme's first area named by a word found nowhere else, so a check can tell on which page each
// theme row and its first area landed.
import type { Area, Cell, PlanData, RichText, Theme } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';

export const themeWord = (t: number): string => `Tema${String(t).padStart(2, '0')}rad`;
export const firstAreaWord = (t: number): string => `Omr${String(t).padStart(2, '0')}first`;

const SENTENCE = 'Tjenestene skal samarbeide tettere om brukere med sammensatte behov, og kommunen skal følge opp hvordan dette virker.';
const paragraphs = (n: number): RichText => ({
  type: 'doc',
  content: Array.from({ length: n }, () => ({ type: 'paragraph', content: [{ type: 'text', text: SENTENCE }] })),
});

export function keepTogetherPlan(themeCount = 36): PlanData {
  const plan = buildSamplePlan();
  const themes: Theme[] = [];
  const areas: Area[] = [];
  const cells: Cell[] = [];
  for (let t = 1; t <= themeCount; t++) {
    const themeId = `kt-theme-${t}`;
    themes.push({ id: themeId, sortKey: t, name: `${themeWord(t)} helse og omsorg` });
    const areaCount = 1 + ((t * 7) % 4);
    for (let a = 1; a <= areaCount; a++) {
      const id = `kt-area-${t}-${a}`;
      const height = 1 + ((t + a) % 3);
      areas.push({ id, sortKey: a, themeId, parentId: null, name: a === 1 ? `${firstAreaWord(t)} område` : `Område ${t}.${a}`, problems: paragraphs(height), method: paragraphs(1), actors: paragraphs(1) });
      const group = plan.groups[(t + a) % plan.groups.length]!;
      cells.push({ id: `${id}:${group.id}`, areaId: id, groupId: group.id, level: a === 1 ? 'OpH' : 'DpH' });
    }
  }
  return { ...plan, themes, areas, cells, areaNotes: [] };
}
