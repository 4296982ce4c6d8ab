import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalPlanJson, parsePlanJson } from '../../shared/interchange/planJson';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/plan-format.md', import.meta.url)), 'utf8');

describe('docs/plan-format.md', () => {
  it('its hand-written planprogram imports and survives a canonical round trip', () => {
    // The plan example (the page also shows a profile file, whose block has no formatVersion).
    const block = [...DOC.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]!).find((b) => b.includes('"formatVersion"'));
    expect(block).toBeDefined();
    const parsed = parsePlanJson(block!);
    expect(parsed.ok ? 'ok' : `${parsed.path}: ${parsed.message}`).toBe('ok');
    if (!parsed.ok) return;
    expect(parsed.plan.plan.planType).toBe('planprogram');
    const again = parsePlanJson(canonicalPlanJson(parsed.plan));
    expect(again.ok && canonicalPlanJson(again.plan)).toBe(canonicalPlanJson(parsed.plan));
  });

  it('describes every collection of the format', () => {
    for (const key of ['plan', 'groups', 'themes', 'areas', 'areaNotes', 'cells', 'legend', 'chapters', 'assets', 'milestones', 'orgRoles', 'laws', 'documents', 'measures', 'hearingParties', 'inputs']) {
      expect(DOC).toContain(`\`${key}`);
    }
  });
});
