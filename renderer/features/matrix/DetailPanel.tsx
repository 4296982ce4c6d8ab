// The area's detail panel: name, the three rich-text fields, sub-topics (add, rename, delete, reorder) and the
// read-only history notes, newest first.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { randomId } from '../../../shared/domain/ids';
import { compareIds, sortRows } from '../../../shared/domain/rowOrder';
import { formatDate } from '../../../shared/format/norwegian';
import { addArea, deleteArea, moveArea, renameArea } from '../../../shared/matrix/edits';
import { AREA_TEXT_FIELDS, AREA_TEXT_LABELS } from '../../../shared/matrix/validate';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commit, flush } from '../../commands/commandBus';
import { commitChanges } from './commitChanges';
import { useMatrixUi } from './matrixUiStore';
import { NameDialog, type NameRequest } from './NameDialog';
import { AreaComments } from './DetailWho';
import { ChangedBy } from '../history/ChangedBy';
import { HistoryLine } from '../history/FieldHistory';

const RichTextField = lazy(() => import('./RichTextField'));

const useStyles = makeStyles({
  panel: { width: '380px', flexShrink: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 12px 12px', overflowY: 'auto', maxHeight: 'calc(100vh - 200px)', position: 'sticky', top: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  label: { display: 'block', fontWeight: tokens.fontWeightSemibold, margin: '12px 0 4px' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  sub: { display: 'flex', alignItems: 'center', gap: '4px', padding: '2px 0' },
  subName: { flexGrow: 1 },
});

export function DetailPanel({ areaId }: { areaId: string }) {
  const styles = useStyles();
  const t = useT();
  const area = usePlanStore((s) => s.plan?.areas.find((a) => a.id === areaId));
  const allAreas = usePlanStore((s) => s.plan?.areas);
  const allNotes = usePlanStore((s) => s.plan?.areaNotes);
  // The typed name while the field has focus; otherwise the plan's (which undo or a rename elsewhere may change).
  const [draft, setDraft] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<NameRequest | null>(null);
  if (!area || !allAreas || !allNotes) return null;
  const subs = sortRows(allAreas.filter((a) => a.parentId === area.id));
  const notes = allNotes.filter((n) => n.areaId === area.id).sort((a, b) => compareIds(b.date, a.date) || compareIds(b.id, a.id));
  const close = () => {
    useMatrixUi.getState().openDetail(null);
    useMatrixUi.getState().setActive({ areaId, groupId: null }, true);
  };
  const plan = () => usePlanStore.getState().plan!;

  return (
    <aside className={styles.panel} aria-labelledby="matrix-detail-heading" data-testid="matrix-detail" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className={styles.head}>
        <h2 id="matrix-detail-heading">{t('matrix.detail.heading', { name: area.name })}</h2>
        <Button onClick={close}>{t('matrix.detail.close')}</Button>
      </div>
      <ChangedBy table="areas" id={area.id} />
      <Field label={t('matrix.detail.name')}>
        <Input
          value={draft ?? area.name}
          maxLength={500}
          onChange={(_, d) => {
            setDraft(d.value);
            if (d.value.trim()) commit(renameArea(area.id, d.value), { mode: 'debounced' });
          }}
          onBlur={() => {
            setDraft(null);
            void flush();
          }}
        />
      </Field>
      <HistoryLine
        table="areas"
        id={area.id}
        fields={[{ column: 'name', label: t('matrix.detail.name') }, ...AREA_TEXT_FIELDS.map((column) => ({ column, label: AREA_TEXT_LABELS[column] }))]}
      />
      {AREA_TEXT_FIELDS.map((column) => (
        <div key={column}>
          <span id={`matrix-field-${column}`} className={styles.label}>
            {AREA_TEXT_LABELS[column]}
          </span>
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <RichTextField areaId={area.id} column={column} value={area[column]} labelId={`matrix-field-${column}`} />
          </Suspense>
        </div>
      ))}
      {area.parentId === null && (
        <section aria-labelledby="matrix-subs-heading">
          <h3 id="matrix-subs-heading">{t('matrix.detail.subs')}</h3>
          {subs.length === 0 && <p>{t('matrix.detail.noSubs')}</p>}
          <ul className={styles.list}>
            {subs.map((sub, i) => (
              <li key={sub.id} className={styles.sub}>
                <span className={styles.subName}>{sub.name}</span>
                <Button size="small" disabled={i === 0} onClick={() => commitChanges(moveArea(plan(), sub.id, subs[i - 1]!.id))} aria-label={t('matrix.detail.subUp', { name: sub.name })}>
                  ↑
                </Button>
                <Button size="small" disabled={i === subs.length - 1} onClick={() => commitChanges(moveArea(plan(), sub.id, subs[i + 2]?.id ?? null))} aria-label={t('matrix.detail.subDown', { name: sub.name })}>
                  ↓
                </Button>
                <Button
                  size="small"
                  onClick={() => setPrompt({ title: t('matrix.menu.renameArea'), label: t('matrix.name'), initial: sub.name, onSubmit: (n) => commitChanges(renameArea(sub.id, n)) })}
                  aria-label={t('matrix.detail.subRename', { name: sub.name })}
                >
                  {t('matrix.detail.rename')}
                </Button>
                <Button size="small" onClick={() => commitChanges(deleteArea(plan(), sub.id))} aria-label={t('matrix.detail.subDelete', { name: sub.name })}>
                  {t('matrix.detail.delete')}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            onClick={() => setPrompt({ title: t('matrix.menu.addSub'), label: t('matrix.name'), initial: '', onSubmit: (n) => commitChanges(addArea(plan(), randomId, area.themeId, n, area.id).changes) })}
          >
            {t('matrix.menu.addSub')}
          </Button>
        </section>
      )}
      <section aria-labelledby="matrix-notes-heading">
        <h3 id="matrix-notes-heading">{t('matrix.detail.notes')}</h3>
        {notes.length === 0 ? (
          <p>{t('matrix.detail.noNotes')}</p>
        ) : (
          <ul data-testid="matrix-notes">
            {notes.map((n) => (
              <li key={n.id}>
                {formatDate(n.date)}: {n.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <AreaComments area={area} />
      <NameDialog request={prompt} onClose={() => setPrompt(null)} />
    </aside>
  );
}
