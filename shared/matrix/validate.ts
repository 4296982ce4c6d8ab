// Live checks of the responsibility matrix; each finding names the theme/area/group so the UI can link to the cell.
import type {  } from '../domain/plan';
import type { PlanContent } from '../domain/planView';
import { findingNb, type FindingKey, type FindingText } from '../i18n/findingMessages';
import { groupLabel } from './labels';
import { orderMatrix } from './order';
import { isRichTextEmpty } from './richText';
import { levelIndex } from './tables';

export type AreaTextField = 'problems' | 'method' | 'actors';
export const AREA_TEXT_FIELDS: readonly AreaTextField[] = ['problems', 'method', 'actors'];
export const AREA_TEXT_LABELS: Record<AreaTextField, string> = { problems: 'Problemstillinger', method: 'Gjennomføring', actors: 'Sentrale aktører' };

export type MatrixFindingKind = MatrixFinding['kind'];
export type MatrixFinding = { message: string; text: FindingText; severity: 'feil' | 'advarsel' } & (
  | { kind: 'theme-without-oph'; themeId: string }
  | { kind: 'theme-with-several-oph'; themeId: string; areaIds: string[] }
  | { kind: 'area-without-responsibility'; themeId: string; areaId: string }
  | { kind: 'group-without-responsibility'; groupId: string }
  | { kind: 'oph-on-non-overarching-row'; themeId: string; areaId: string; groupId: string }
  | { kind: 'empty-text'; themeId: string; areaId: string; groupId: string; fields: AreaTextField[] }
);

const FIELD_KEYS: Record<AreaTextField, FindingKey> = { problems: 'matrix.field.problems', method: 'matrix.field.method', actors: 'matrix.field.actors' };

/** The finding with its bokmål message formatted from its text. */
type Unworded<F> = F extends MatrixFinding ? Omit<F, 'message'> : never;
const worded = (f: Unworded<MatrixFinding>): MatrixFinding => ({ ...f, message: findingNb(f.text) }) as MatrixFinding;

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
        rowFindings.push(worded({
          kind: 'area-without-responsibility',
          severity: 'feil',
          themeId: theme.id,
          areaId: area.id,
          text: { key: 'matrix.areaWithoutResponsibility', params: { area: area.name } },
        }));
      }
      for (const [groupId, level] of held) {
        const group = groupById.get(groupId)!;
        if (level === 'OpH') {
          ophAreas.push(area.id);
          if (!overarching) {
            rowFindings.push(worded({
              kind: 'oph-on-non-overarching-row',
              severity: 'feil',
              themeId: theme.id,
              areaId: area.id,
              groupId,
              text: { key: 'matrix.ophOnNonOverarching', params: { area: area.name, group: groupLabel(group) } },
            }));
          }
        }
        const empty = AREA_TEXT_FIELDS.filter((f) => isRichTextEmpty(area[f]));
        if (empty.length > 0) {
          rowFindings.push(worded({
            kind: 'empty-text',
            severity: 'advarsel',
            themeId: theme.id,
            areaId: area.id,
            groupId,
            fields: empty,
            text: { key: 'matrix.emptyText', params: { area: area.name, group: groupLabel(group), fields: { and: empty.map((f) => FIELD_KEYS[f]) } } },
          }));
        }
      }
    }
    if (ophAreas.length === 0) {
      findings.push(worded({ kind: 'theme-without-oph', severity: 'feil', themeId: theme.id, text: { key: 'matrix.themeWithoutOph', params: { theme: theme.name } } }));
    } else if (ophAreas.length > 1) {
      findings.push(worded({
        kind: 'theme-with-several-oph',
        severity: 'feil',
        themeId: theme.id,
        areaIds: [...new Set(ophAreas)],
        text: { key: 'matrix.themeWithSeveralOph', params: { theme: theme.name, count: ophAreas.length } },
      }));
    }
    findings.push(...rowFindings);
  }
  for (const group of groups) {
    if (!groupsWithCells.has(group.id)) {
      findings.push(worded({
        kind: 'group-without-responsibility',
        severity: 'advarsel',
        groupId: group.id,
        text: { key: 'matrix.groupWithoutResponsibility', params: { group: groupLabel(group) } },
      }));
    }
  }
  return findings;
}
