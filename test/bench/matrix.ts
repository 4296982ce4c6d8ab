// Matrix figures (issue 4): deriving Tabell 1/2/3 and validating a matrix of 200 areas × 15 groups.
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { cellId, type PlanData } from '../../shared/domain/plan';
import { setLevel } from '../../shared/matrix/edits';
import { deriveAllResponsibility, deriveMainResponsibility, deriveOverview } from '../../shared/matrix/tables';
import { validateMatrix } from '../../shared/matrix/validate';
import type { Figures } from './run';

function bigMatrix(areaCount: number, groupCount: number): PlanData {
  const plan = emptyPlan(seededIds('bench'));
  const text = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tekst' }] }] };
  for (let g = 0; g < groupCount; g++) plan.groups.push({ id: `g${g}`, sortKey: g, kind: 'arbeidsgruppe', number: g + 1, name: `Gruppe ${g + 1}`, leader: '', members: '' });
  for (let t = 0; t < 10; t++) plan.themes.push({ id: `t${t}`, sortKey: t, name: `Tema ${t}` });
  for (let a = 0; a < areaCount; a++) {
    const id = `a${a}`;
    plan.areas.push({ id, sortKey: a, themeId: `t${a % 10}`, parentId: null, name: `Område ${a}`, problems: text, method: text, actors: text });
    const groupId = `g${a % groupCount}`;
    plan.cells.push({ id: cellId(id, groupId), areaId: id, groupId, level: a < 10 ? 'OpH' : 'DpH' });
  }
  return plan;
}

function percentiles(samples: number[]): { p50: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length * 0.5)]!, p95: s[Math.floor(s.length * 0.95)]! };
}

function time(runs: number, fn: () => void): { p50: number; p95: number } {
  for (let i = 0; i < 10; i++) fn(); // JIT warm-up: the first calls measure the compiler, not the code.
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

export async function benchMatrix(): Promise<Figures> {
  const plan = bigMatrix(200, 15);
  const tables = time(200, () => {
    deriveOverview(plan);
    deriveAllResponsibility(plan);
    deriveMainResponsibility(plan);
  });
  const validate = time(50, () => validateMatrix(plan));
  const edit = time(200, () => setLevel(plan, 'a150', 'g3', 'SpH'));
  return {
    'matrix.deriveTables.200x15.p50': { value: tables.p50, unit: 'ms' },
    'matrix.deriveTables.200x15.p95': { value: tables.p95, unit: 'ms' },
    'matrix.validate.200x15.p50': { value: validate.p50, unit: 'ms' },
    'matrix.setLevelChanges.200x15.p95': { value: edit.p95, unit: 'ms' },
  };
}
