// Ansvarsmatrise: the matrix editor (grid, legend, detail panel, live validation, filters, import/export) and the
// derived Tabell 1/2/3 as read-only views.
import { Button, Field, Input, makeStyles, Select, ToggleButton, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { randomId } from '../../../shared/domain/ids';
import type { Group } from '../../../shared/domain/plan';
import { addGroup, addTheme } from '../../../shared/matrix/edits';
import { useLanguageStore, useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { legendExplanation } from '../../../shared/domain/emptyPlan';
import { legendMalform } from './legendMalform';
import { onHistoryStep, redo, undo } from '../../commands/commandBus';
import { commitChanges } from './commitChanges';
import { DetailPanel } from './DetailPanel';
import { buildGridModel, columnHeading } from './gridModel';
import { ImportExport } from './ImportExport';
import { MatrixGrid } from './MatrixGrid';
import { MatrixMenu } from './MatrixMenu';
import { MatrixTableView } from './MatrixTableView';
import { useMatrixUi, type MatrixView } from './matrixUiStore';
import { NameDialog, type NameRequest } from './NameDialog';
import { ValidationPanel } from './ValidationPanel';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '8px' },
  views: { display: 'flex', gap: '4px', flexWrap: 'wrap', marginBottom: '12px' },
  work: { display: 'flex', gap: '12px', alignItems: 'flex-start', minWidth: 0 },
  gridBox: { flexGrow: 1, minWidth: 0 },
  legend: { width: '200px', flexShrink: 0, fontSize: tokens.fontSizeBase200 },
  legendRow: { display: 'flex', gap: '8px', marginBottom: '4px' },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: '40px' },
  help: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: '4px 0 8px' },
});

const VIEWS: { view: MatrixView; label: 'matrix.view.edit' | 'matrix.view.overview' | 'matrix.view.all' | 'matrix.view.group' }[] = [
  { view: 'edit', label: 'matrix.view.edit' },
  { view: 'overview', label: 'matrix.view.overview' },
  { view: 'all', label: 'matrix.view.all' },
  { view: 'group', label: 'matrix.view.group' },
];

/** A working group to pick, or «all groups» (null): the edit view's filter and the work-package view share it. */
function GroupSelect(props: { label: string; groups: readonly Group[]; value: string | null; onChange: (groupId: string | null) => void }) {
  const t = useT();
  return (
    <Field label={props.label}>
      <Select value={props.value ?? ''} onChange={(_, d) => props.onChange(d.value || null)}>
        <option value="">{t('matrix.filter.allGroups')}</option>
        {props.groups.map((g) => (
          <option key={g.id} value={g.id}>
            {columnHeading(g)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function MatrixPage() {
  const styles = useStyles();
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const language = useLanguageStore((s) => s.language);
  const planMalform = plan?.plan.malform ?? 'nb';
  const filter = useMatrixUi((s) => s.filter);
  const view = useMatrixUi((s) => s.view);
  const viewGroupId = useMatrixUi((s) => s.viewGroupId);
  const detailAreaId = useMatrixUi((s) => s.detailAreaId);
  const [prompt, setPrompt] = useState<NameRequest | null>(null);
  const model = useMemo(() => (plan ? buildGridModel(plan, filter) : null), [plan, filter]);
  // After an undo or redo (Ctrl+Z is the app's one history handler's) the grid's active cell gets the focus back.
  useEffect(
    () =>
      onHistoryStep(() => {
        const active = useMatrixUi.getState().active;
        if (active) useMatrixUi.getState().setActive(active, true);
      }),
    [],
  );
  if (!plan || !model) return null;
  const empty = plan.themes.length === 0;

  const current = () => usePlanStore.getState().plan!;
  const newTheme = () =>
    setPrompt({
      title: t('matrix.menu.addTheme'),
      label: t('matrix.name'),
      initial: '',
      onSubmit: (name) => {
        const r = addTheme(current(), randomId, name);
        commitChanges(r.changes);
        // The new row becomes the grid's tab stop; focus itself goes back to «Nytt tema», as after any dialog.
        useMatrixUi.getState().setActive({ areaId: r.areaId, groupId: null });
      },
    });
  const newGroup = () =>
    setPrompt({
      title: t('matrix.menu.addGroup'),
      label: t('matrix.name'),
      initial: '',
      onSubmit: (name) => {
        const p = current();
        const number = Math.max(0, ...p.groups.map((g) => g.number ?? 0)) + 1;
        commitChanges(addGroup(p, randomId, { name, kind: 'arbeidsgruppe', number }).changes);
      },
    });

  return (
    <div>
      <h1>{t('matrix.heading')}</h1>
      <p>{t('matrix.intro')}</p>
      <div role="group" aria-label={t('matrix.view.label')} className={styles.views}>
        {VIEWS.map((v) => (
          <ToggleButton key={v.view} checked={view === v.view} onClick={() => useMatrixUi.getState().setView(v.view)}>
            {t(v.label)}
          </ToggleButton>
        ))}
      </div>
      {view === 'edit' ? (
        <>
          <div className={styles.toolbar}>
            <GroupSelect label={t('matrix.filter.group')} groups={model.groups} value={filter.groupId} onChange={(groupId) => useMatrixUi.getState().setFilter({ groupId })} />
            <Field label={t('matrix.filter.search')}>
              <Input type="search" value={filter.search} onChange={(_, d) => useMatrixUi.getState().setFilter({ search: d.value })} />
            </Field>
            <Button onClick={() => void undo()}>{t('matrix.undo')}</Button>
            <Button onClick={() => void redo()}>{t('matrix.redo')}</Button>
            <Button onClick={newTheme}>{t('matrix.menu.addTheme')}</Button>
            <Button onClick={newGroup}>{t('matrix.menu.addGroup')}</Button>
          </div>
          <p id="matrix-grid-help" className={styles.help}>
            {t('matrix.help')}
          </p>
          {empty ? (
            <p>{t('matrix.empty')}</p>
          ) : (
            <div className={styles.work}>
              <div className={styles.gridBox}>
                {model.rows.length === 0 ? <p>{t('matrix.filter.noRows')}</p> : <MatrixGrid model={model} caption={t('matrix.caption')} groupsLabel={plan.plan.groupsLabel || t('matrix.groups')} />}
              </div>
              {detailAreaId ? (
                <DetailPanel key={detailAreaId} areaId={detailAreaId} />
              ) : (
                <section className={styles.legend} aria-labelledby="matrix-legend-heading">
                  <h2 id="matrix-legend-heading">{t('matrix.legend')}</h2>
                  <dl>
                    {model.legend.map((entry) => (
                      <div key={entry.id} className={styles.legendRow}>
                        <dt className={styles.code}>{entry.code}</dt>
                        <dd style={{ margin: 0 }}>{legendExplanation(entry, legendMalform(language, planMalform))}</dd>
                      </div>
                    ))}
                  </dl>
                </section>
              )}
            </div>
          )}
          <ValidationPanel plan={plan} />
          <ImportExport />
          <MatrixMenu />
        </>
      ) : view === 'group' ? (
        <>
          <GroupSelect label={t('matrix.view.groupPick')} groups={model.groups} value={viewGroupId} onChange={(groupId) => useMatrixUi.getState().setView('group', groupId)} />
          <MatrixTableView kind="group" groupId={viewGroupId} />
        </>
      ) : (
        <MatrixTableView kind={view} />
      )}
      <NameDialog request={prompt} onClose={() => setPrompt(null)} />
    </div>
  );
}
