// The plan's matrix in the JSON shape importMatrixJson reads (the shape of matrix-health-care.json), for sharing
// a matrix between plans. Texts travel as plain text ("- " lines for bullets).
import type { Group, PlanData } from '../domain/plan';
import type { PlanContent } from '../domain/planView';
import type { MatrixJson } from './importJson';
import { orderMatrix } from './order';
import { richTextToPlainText } from './richText';
import { levelIndex, orderedLegend } from './tables';

type AreaOut = MatrixJson['themes'][number]['areas'][number];

function groupKeys(groups: Group[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  groups.forEach((g, i) => {
    const wanted = g.number !== null ? `G${g.number}` : g.kind === 'prosjektgruppe' ? 'PG' : `G-${i + 1}`;
    let key = wanted;
    for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
    used.add(key);
    keys.set(g.id, key);
  });
  return keys;
}

export function exportMatrixJson(plan: PlanContent): MatrixJson {
  const { themes, groups, rowsByTheme } = orderMatrix(plan);
  const keys = groupKeys(groups);
  const levels = levelIndex(plan);
  const responsibility = (areaId: string): Record<string, 'OpH' | 'DpH' | 'SpH'> =>
    Object.fromEntries([...(levels.get(areaId) ?? [])].filter(([g]) => keys.has(g)).map(([g, l]) => [keys.get(g)!, l]));
  const texts = (a: PlanData['areas'][number]): Partial<Record<'problems' | 'method' | 'actors', string>> => {
    const out: Partial<Record<'problems' | 'method' | 'actors', string>> = {};
    for (const f of ['problems', 'method', 'actors'] as const) {
      const t = richTextToPlainText(a[f]);
      if (t) out[f] = t;
    }
    return out;
  };
  return {
    legend: Object.fromEntries(orderedLegend(plan.legend).map((e) => [e.id, e.explanation])),
    groups: groups.map((g) => ({ key: keys.get(g.id)!, name: g.name, kind: g.kind, number: g.number, leader: g.leader, members: g.members })),
    themes: themes.map((t) => {
      const areas: AreaOut[] = [];
      for (const row of rowsByTheme.get(t.id) ?? []) {
        const resp = responsibility(row.area.id);
        if (row.depth === 0) {
          areas.push({ title: row.area.name, overarching: row.overarching, responsibility: resp, subtopics: [], ...texts(row.area) });
          continue;
        }
        const parent = areas[areas.length - 1];
        const extra = texts(row.area);
        const plain = Object.keys(resp).length === 0 && Object.keys(extra).length === 0;
        parent?.subtopics?.push(plain ? row.area.name : { title: row.area.name, responsibility: resp, ...extra });
      }
      return { title: t.name, areas };
    }),
  };
}
