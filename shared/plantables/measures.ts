// The action plan's measures grouped by responsibility unit, with exact subtotals and a grand total.
// Money is whole øre and FTE hundredths (integers): sums are integer additions, checked to stay exact.
import type { Malform, Measure } from '../domain/plan';
import { sortRows } from '../domain/rowOrder';
import { formatAmountNumber, formatDate, formatFte, type FormatOptions } from '../format/norwegian';
import { measuresHeaders, measureStatusLabel, type MeasuresHeaders } from './labels';

export type Totals = { fteHundredths: number; costOre: number };

export type UnitGroup<M extends Measure = Measure> = Totals & {
  /** The unit as written, trimmed; '' for measures without a unit (listed last). */
  unit: string;
  measures: M[];
};

export type MeasureGroups<M extends Measure = Measure> = { groups: UnitGroup<M>[]; total: Totals };

/** Adds integers and refuses to go past 2^53, where a float sum would silently start rounding. */
export function sumExact(values: Iterable<number>): number {
  let sum = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`Ikke et helt tall: ${v}`);
    sum += v;
    if (!Number.isSafeInteger(sum)) throw new RangeError('Summen er for stor til å regnes nøyaktig.');
  }
  return sum;
}

/** One collator for every comparison (localeCompare with options builds one per call). */
const UNIT_ORDER = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Unit order: "3200 …" before "3402 …" before "3410 …" (numbers compared as numbers), no unit last. */
export function compareUnits(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return UNIT_ORDER.compare(a, b) || (a < b ? -1 : 1);
}

function totalsOf(measures: readonly Measure[]): Totals {
  return { fteHundredths: sumExact(measures.map((m) => m.fteHundredths)), costOre: sumExact(measures.map((m) => m.costOre)) };
}

export function groupMeasuresByUnit<M extends Measure>(measures: readonly M[]): MeasureGroups<M> {
  const byUnit = new Map<string, M[]>();
  for (const m of measures) {
    const unit = m.unit.trim();
    const list = byUnit.get(unit);
    if (list) list.push(m);
    else byUnit.set(unit, [m]);
  }
  const groups = [...byUnit.entries()]
    .sort(([a], [b]) => compareUnits(a, b))
    .map(([unit, list]) => {
      const sorted = sortRows(list);
      return { unit, measures: sorted, ...totalsOf(sorted) };
    });
  return {
    groups,
    total: { fteHundredths: sumExact(groups.map((g) => g.fteHundredths)), costOre: sumExact(groups.map((g) => g.costOre)) },
  };
}

/** "Iverksatt 01.02.2025" when the status has a date, else just the label. */
export function measureStatusText(measure: Pick<Measure, 'status' | 'statusDate'>, malform: Malform): string {
  const label = measureStatusLabel(measure.status, malform);
  return measure.statusDate ? `${label} ${formatDate(measure.statusDate)}` : label;
}

export type MeasureCells = { id: string; name: string; unit: string; fte: string; cost: string; status: string; followUp: string };
export type UnitSection = { unit: string; unitLabel: string; rows: MeasureCells[]; subtotalLabel: string; fte: string; cost: string };
export type MeasuresTable = { headers: MeasuresHeaders; sections: UnitSection[]; totalLabel: string; fte: string; cost: string; totals: Totals };

/** The action plan as formatted cells, ready for a table: pass { space: NBSP } for documents. */
export function buildMeasuresTable(measures: readonly Measure[], malform: Malform, options: FormatOptions = {}): MeasuresTable {
  const headers = measuresHeaders(malform);
  const { groups, total } = groupMeasuresByUnit(measures);
  const fte = (h: number) => formatFte(h, options);
  const cost = (o: number) => formatAmountNumber(o, options);
  return {
    headers,
    sections: groups.map((g) => {
      const unitLabel = g.unit || headers.noUnit;
      return {
        unit: g.unit,
        unitLabel,
        rows: g.measures.map((m) => ({
          id: m.id,
          name: m.name,
          unit: unitLabel,
          fte: fte(m.fteHundredths),
          cost: cost(m.costOre),
          status: measureStatusText(m, malform),
          followUp: m.followUp,
        })),
        subtotalLabel: `${headers.subtotal} ${unitLabel}`,
        fte: fte(g.fteHundredths),
        cost: cost(g.costOre),
      };
    }),
    totalLabel: headers.total,
    fte: fte(total.fteHundredths),
    cost: cost(total.costOre),
    totals: total,
  };
}

export { projectDescriptionRows, type ProjectDescriptionRow } from './projectDescription';
