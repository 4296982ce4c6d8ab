// Live checks of the responsibility matrix; each finding names the theme/area/group so the UI can link to the cell.
import type {  } from '../domain/plan';
import type { PlanContent } from '../domain/planView';
import { groupLabel } from './labels';
import { orderMatrix } from './order';
import { isRichTextEmpty } from './richText';
import { levelIndex } from './tables';

export type AreaTextField = 'problems' | 'method' | 'actors';
export const AREA_TEXT_FIELDS: readonly AreaTextField[] = ['problems', 'method', 'actors'];
export const AREA_TEXT_LABELS: Record<AreaTextField, string> = { problems: 'Problemstillinger', method: 'Gjennomføring', actors: 'Sentrale aktører' };

export type MatrixFindingKind = MatrixFinding['kind'];
export type MatrixFinding = { message: string; severity: 'feil' | 'advarsel' } & (
  | { kind: 'theme-without-oph'; themeId: string }
  | { kind: 'theme-with-several-oph'; themeId: string; areaIds: string[] }
  | { kind: 'area-without-responsibility'; themeId: string; areaId: string }
  | { kind: 'group-without-responsibility'; groupId: string }
  | { kind: 'oph-on-non-overarching-row'; themeId: string; areaId: string; groupId: string }
  | { kind: 'empty-text'; themeId: string; areaId: string; groupId: string; fields: AreaTextField[] }
);

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/**
 * Findings in matrix order: per theme its OpH count, then per row its responsibility, misplaced OpH and
 * empty texts; groups without any responsibility last. Sub-topics need no holder of their own: they belong
 * to their parent's holder, so only top-level areas are checked for a main responsibility.
 */
export function validateMatrix(plan: PlanContent): MatrixFinding[] {
  const { themes, groups, rowsByTheme } = orderMatrix(plan);
  const levels = levelIndex(plan);
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const groupsWithCells = new Set<string>();
  const findings: MatrixFinding[] = [];
  for (const theme of themes) {
    const rows = rowsByTheme.get(theme.id) ?? [];
    const ophAreas: string[] = [];
    const rowFindings: MatrixFinding[] = [];
    for (const { area, depth, overarching } of rows) {
      const held = [...(levels.get(area.id) ?? [])].filter(([groupId]) => groupById.has(groupId));
      for (const [groupId] of held) groupsWithCells.add(groupId);
      if (held.length === 0 && depth === 0) {
        rowFindings.push({
          kind: 'area-without-responsibility',
          severity: 'feil',
          themeId: theme.id,
          areaId: area.id,
          message: `«${area.name}» har ingen gruppe med hovedansvar.`,
        });
      }
      for (const [groupId, level] of held) {
        const group = groupById.get(groupId)!;
        if (level === 'OpH') {
          ophAreas.push(area.id);
          if (!overarching) {
            rowFindings.push({
              kind: 'oph-on-non-overarching-row',
              severity: 'feil',
              themeId: theme.id,
              areaId: area.id,
              groupId,
              message: `«${area.name}» er ikke temaets overordnede rad, men ${groupLabel(group)} har OpH der.`,
            });
          }
        }
        const empty = AREA_TEXT_FIELDS.filter((f) => isRichTextEmpty(area[f]));
        if (empty.length > 0) {
          rowFindings.push({
            kind: 'empty-text',
            severity: 'advarsel',
            themeId: theme.id,
            areaId: area.id,
            groupId,
            fields: empty,
            message: `«${area.name}» (${groupLabel(group)}) mangler tekst i ${listNames(empty.map((f) => AREA_TEXT_LABELS[f]))}.`,
          });
        }
      }
    }
    if (ophAreas.length === 0) {
      findings.push({ kind: 'theme-without-oph', severity: 'feil', themeId: theme.id, message: `Temaet «${theme.name}» har ingen OpH.` });
    } else if (ophAreas.length > 1) {
      findings.push({
        kind: 'theme-with-several-oph',
        severity: 'feil',
        themeId: theme.id,
        areaIds: [...new Set(ophAreas)],
        message: `Temaet «${theme.name}» har ${ophAreas.length} OpH; det skal være én.`,
      });
    }
    findings.push(...rowFindings);
  }
  for (const group of groups) {
    if (!groupsWithCells.has(group.id)) {
      findings.push({
        kind: 'group-without-responsibility',
        severity: 'advarsel',
        groupId: group.id,
        message: `${groupLabel(group)} har ikke hovedansvar for noe område.`,
      });
    }
  }
  return findings;
}
