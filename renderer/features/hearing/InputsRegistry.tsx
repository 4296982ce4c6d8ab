// The inputs registry: progress ("23 av 41 innspill vurdert"), filters by status/conclusion, by chapter or area and
// late only, the list (the sender opens the input for editing), and registering a new input.
import { Badge, Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { Conclusion } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { formatDate } from '../../../shared/format/norwegian';
import { concernLabels, concernOptions, filterInputs, hearingProgress, isLate, type InputStatusFilter } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { addRow } from '../tables/listEdits';
import { InputEditor } from './InputEditor';
import { useHearingUi } from './hearingSlice';
import { todayIso } from './inputEdits';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: '12px 24px', alignItems: 'flex-end', margin: '8px 0' },
  progress: { fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300, margin: '8px 0 24px', width: '100%', maxWidth: '1200px' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  rowHead: { padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const STATUS_FILTERS: readonly InputStatusFilter[] = ['all', 'assessed', 'unassessed', ...Conclusion.options];

export function InputsRegistry() {
  const styles = useStyles();
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const { status, concerns, lateOnly, selectedId, setFilter, select } = useHearingUi();
  const inputs = useMemo(() => sortRows(plan?.inputs ?? []), [plan?.inputs]);
  const options = useMemo(() => (plan ? concernOptions(plan) : []), [plan]);
  if (!plan) return null;
  const frame = plan.plan;
  const shown = filterInputs(inputs, { status, concerns: concerns || null, lateOnly }, frame);
  const progress = hearingProgress(inputs);
  const selected = inputs.find((i) => i.id === selectedId) ?? null;

  const register = () => {
    const row = addRow('inputs', { receivedDate: todayIso() });
    if (row) select(row.id, true);
  };

  return (
    <>
      <p className={styles.progress} data-testid="hearing-progress">
        {t('hearing.progress', { assessed: progress.assessed, total: progress.total })}
      </p>
      <div className={styles.filters}>
        <Field label={t('hearing.filterStatus')}>
          <Select value={status} onChange={(_, d) => setFilter({ status: STATUS_FILTERS.find((f) => f === d.value) ?? 'all' })}>
            {STATUS_FILTERS.map((f) => (
              <option key={f} value={f}>
                {f === 'all' ? t('hearing.filterAll') : f === 'assessed' ? t('hearing.filterAssessed') : f === 'unassessed' ? t('hearing.filterUnassessed') : t(`conclusion.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('hearing.filterConcerns')}>
          <Select value={concerns} onChange={(_, d) => setFilter({ concerns: d.value })}>
            <option value="">{t('hearing.filterAllConcerns')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {`${o.kind === 'chapter' ? t('tables.chapter') : t('hearing.area')}: ${o.label}`}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox label={t('hearing.filterLate')} checked={lateOnly} onChange={(_, d) => setFilter({ lateOnly: d.checked === true })} />
        <Button appearance="primary" onClick={register}>
          {t('hearing.addInput')}
        </Button>
      </div>
      {selected && <InputEditor key={selected.id} input={selected} />}
      <p>{t('hearing.shownCount', { shown: shown.length, total: inputs.length })}</p>
      <table className={styles.table} data-testid="inputs-table">
        <caption className={styles.caption}>{t('hearing.registry')}</caption>
        <thead>
          <tr>
            {[t('hearing.sender'), t('hearing.senderType'), t('hearing.received'), t('hearing.summaryField'), t('hearing.concerns'), t('hearing.conclusion')].map((h) => (
              <th key={h} scope="col" className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((input) => (
            <tr key={input.id} className={input.id === selectedId ? styles.selected : undefined}>
              <th scope="row" className={styles.rowHead}>
                <Button appearance="transparent" size="small" aria-pressed={input.id === selectedId} onClick={() => select(input.id)}>
                  {input.sender.trim() || t('hearing.noSender')}
                </Button>
              </th>
              <td className={styles.td}>{t(`hearing.senderType.${input.senderType}`)}</td>
              <td className={styles.td}>
                {input.receivedDate ? formatDate(input.receivedDate) : ''}
                {isLate(input, frame) && (
                  <>
                    {' '}
                    <Badge appearance="tint" color="warning">
                      {t('hearing.late')}
                    </Badge>
                  </>
                )}
              </td>
              <td className={styles.td}>{input.summary}</td>
              <td className={styles.td}>{concernLabels(input.concerns, plan).join(', ')}</td>
              <td className={styles.td}>{input.conclusion ? t(`conclusion.${input.conclusion}`) : t('hearing.noConclusion')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
