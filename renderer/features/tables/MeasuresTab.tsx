// Tiltak (handlingsplan): measures grouped by responsibility unit with exact subtotals and a grand total in Norwegian
// formats, edited in the grid (amounts and årsverk parsed digit by digit), and import from a spreadsheet.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { MeasureStatus, type Malform, type Measure, type PlanData } from '../../../shared/domain/plan';
import { sortRows, treeOrder } from '../../../shared/domain/rowOrder';
import { formatAmountNumber, formatAmountOre, formatFte, parseAmountOre, parseFteHundredths } from '../../../shared/format/norwegian';
import { buildMeasuresTable, measureStatusLabel } from '../../../shared/plantables';
import { useT, type Translate } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import type { GridColumn, GridSection } from './EditableTable';
import { MeasuresImport } from './MeasuresImport';
import { TableEditor } from './TableEditor';
import { choiceColumn, fieldColumn, parsedColumn, textColumn } from './columns';
import { formatDayText, parseDayText } from './dateText';

const useStyles = makeStyles({
  total: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

type Links = Pick<PlanData, 'themes' | 'chapters'>;

/** A measure links to one theme or one strategy chapter; the choice encodes which ("theme:<id>", "chapter:<id>"). */
function linkOptions(plan: Links, t: Translate) {
  return [
    { value: '', label: t('tables.noLink') },
    ...sortRows(plan.themes).map((th) => ({ value: `theme:${th.id}`, label: `${t('tables.theme')}: ${th.name}` })),
    ...treeOrder(plan.chapters)
      .filter((c) => c.kind === 'chapter')
      .map((c) => ({ value: `chapter:${c.id}`, label: `${t('tables.chapter')}: ${c.title}` })),
  ];
}

const linkOf = (m: Measure) => (m.themeId ? `theme:${m.themeId}` : m.chapterId ? `chapter:${m.chapterId}` : '');
const linkPatch = (value: string) => ({
  themeId: value.startsWith('theme:') ? value.slice(6) : null,
  chapterId: value.startsWith('chapter:') ? value.slice(8) : null,
});

export function measureColumns(t: Translate, malform: Malform, links: Links): GridColumn<Measure>[] {
  const statuses = MeasureStatus.options.map((s) => ({ value: s, label: measureStatusLabel(s, malform) }));
  return [
    textColumn<Measure>('name', t('tables.measure')),
    textColumn<Measure>('unit', t('tables.unit')),
    choiceColumn<Measure>('link', t('tables.link'), linkOptions(links, t), linkOf, linkPatch),
    fieldColumn('fteHundredths', parsedColumn<Measure>(
      'fte',
      t('tables.fte'),
      (m) => formatFte(m.fteHundredths),
      (text) => {
        const parsed = parseFteHundredths(text.trim() === '' ? '0' : text);
        return parsed.ok ? { ok: true, value: { fteHundredths: parsed.value } } : parsed;
      },
      true,
    )),
    fieldColumn('costOre', parsedColumn<Measure>(
      'cost',
      t('tables.cost'),
      (m) => formatAmountNumber(m.costOre),
      (text) => {
        const parsed = parseAmountOre(text.trim() === '' ? '0' : text);
        return parsed.ok ? { ok: true, value: { costOre: parsed.value } } : parsed;
      },
      true,
    )),
    choiceColumn<Measure>('status', t('tables.status'), statuses, (m) => m.status, (value) => ({ status: value })),
    parsedColumn<Measure>(
      'statusDate',
      t('tables.statusDate'),
      (m) => formatDayText(m.statusDate),
      (text) => {
        const parsed = parseDayText(text);
        return parsed.ok ? { ok: true, value: { statusDate: parsed.value } } : parsed;
      },
    ),
    textColumn<Measure>('followUp', t('tables.followUp')),
  ];
}

export function MeasuresTab() {
  const styles = useStyles();
  const t = useT();
  const measures = usePlanStore((s) => s.plan?.measures);
  const themes = usePlanStore((s) => s.plan?.themes);
  const chapters = usePlanStore((s) => s.plan?.chapters);
  const malform = usePlanStore((s) => s.plan?.plan.malform ?? 'nb');
  const columns = useMemo(() => measureColumns(t, malform, { themes: themes ?? [], chapters: chapters ?? [] }), [t, malform, themes, chapters]);
  const table = useMemo(() => buildMeasuresTable(measures ?? [], malform), [measures, malform]);
  const sections = useMemo((): GridSection<Measure>[] => {
    const byId = new Map((measures ?? []).map((m) => [m.id, m]));
    return table.sections.map((section) => ({
      key: `unit:${section.unit}`,
      heading: `${t('tables.unitHeading')} ${section.unitLabel}`,
      rows: section.rows.flatMap((r) => byId.get(r.id) ?? []),
      sum: { label: section.subtotalLabel, cells: { fte: section.fte, cost: section.cost } },
    }));
  }, [table, measures, t]);

  return (
    <>
      <p>{t('tables.measuresHelp')}</p>
      <TableEditor
        table="measures"
        label={t('tables.measures')}
        columns={columns}
        sections={sections}
        total={{ label: table.totalLabel, cells: { fte: table.fte, cost: table.cost } }}
        addLabel={t('tables.addMeasure')}
        rowName={(m) => m.name}
        testId="measures-table"
      />
      <p className={styles.total} data-testid="measures-total">
        {t('tables.measuresTotal', { cost: formatAmountOre(table.totals.costOre), fte: formatFte(table.totals.fteHundredths) })}
      </p>
      <MeasuresImport />
    </>
  );
}
