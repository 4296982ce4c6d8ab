// The guard that keeps one row order: eslint refuses a comparator of plan rows outside shared/domain/rowOrder.ts
// (the comparators issue 13 removed, written again) in every layer, and lets the other uses of sortKey through.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const ROW_ORDER_MESSAGE = /shared\/domain\/rowOrder\.ts/;

async function rowOrderProblems(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && ROW_ORDER_MESSAGE.test(m.message)).length;
}

const type = 'type R = { id: string; sortKey: number };\n';
const REMOVED_COMPARATORS = [
  'export const f = (rows: R[]) => [...rows].sort((a, b) => a.sortKey - b.sortKey);',
  'export const f = (a: R, b: R) => a.sortKey - b.sortKey || a.id.localeCompare(b.id);',
  'export const f = (a: R, b: R) => a.sortKey - b.sortKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);',
  'export function f(a: R, b: R): number { if (a.sortKey < b.sortKey) return -1; return 1; }',
  'export const f = (a: R, b: R) => b.id.localeCompare(a.id);',
  "export const f = (a: R, b: R) => 'x'.localeCompare(b.id);",
];

describe('the row-order guard (eslint)', () => {
  for (const path of ['shared/plantables/guardProbe.ts', 'renderer/features/tables/guardProbe.tsx', 'electron/services/store/guardProbe.ts']) {
    it(`refuses a plan-row comparator of its own in ${path.split('/')[0]}/`, async () => {
      for (const code of REMOVED_COMPARATORS) expect(await rowOrderProblems(type + code, path), code).toBeGreaterThan(0);
    }, 60_000);
  }

  it('lets rowOrder.ts itself, key arithmetic and display sorts of other strings through', async () => {
    expect(await rowOrderProblems(type + 'export const f = (a: R, b: R) => a.sortKey - b.sortKey;', 'shared/domain/rowOrder.ts')).toBe(0);
    const allowed = [
      'export function mid(rows: R[], i: number, j: number, k: number) { return rows[i]!.sortKey + (rows[j]!.sortKey - rows[k]!.sortKey) / 2; }',
      "export const f = (a: string, b: string) => a.localeCompare(b, 'nb');",
      'export const f = (rows: R[]) => rows.map((r, i) => r.sortKey === i + 1);',
    ];
    for (const code of allowed) expect(await rowOrderProblems(type + code, 'shared/plantables/guardProbe.ts'), code).toBe(0);
  }, 60_000);
});
