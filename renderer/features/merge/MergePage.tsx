// «Slå sammen med kopier»: choose the copies that came back (the desktop menu's dialog or the path field, one path per
// line), see what each brings, then merge them all in one step or cancel. The merge backs the plan up first (when it
// changes anything) and says where.
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Textarea, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent } from 'react';
import type { MergeCopiesPreview } from '../../../shared/api/calls/merge';
import { useT } from '../../app/i18n';
import { MergeCopiesReport } from './MergePreviewView';
import { pathsOf, useMergeStore } from './mergeSlice';
import { totals } from './mergeText';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: '8px', flexWrap: 'wrap', marginBottom: '16px' },
  input: { width: 'min(520px, 80vw)' },
  actions: { display: 'flex', gap: '8px', marginTop: '16px' },
  path: { wordBreak: 'break-all' },
});

/** Nothing to merge only when nothing changes and no field was changed on both sides (those are shown, and may be merged). */
const nothingAtAll = (report: MergeCopiesPreview): boolean => report.total.nothingNew && report.total.conflicts.length === 0;

export function MergePage() {
  const t = useT();
  const styles = useStyles();
  const { path, step, error, asSuggestions, setPath, setAsSuggestions, showCopies, merge, cancel } = useMergeStore();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A new preview or the outcome is announced by moving focus to its heading.
  useEffect(() => {
    if (step.kind === 'preview' || step.kind === 'done') resultHeading.current?.focus();
  }, [step.kind]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void showCopies(pathsOf(path));
  };

  return (
    <>
      <h1>{t('merge.heading')}</h1>
      <p>{t('merge.lead')}</p>
      {step.kind !== 'done' && (
        <form className={styles.form} onSubmit={submit}>
          <Field label={t('merge.pathLabel')}>
            <Textarea className={styles.input} value={path} rows={Math.min(6, Math.max(2, pathsOf(path).length + 1))} resize="vertical" placeholder={t('merge.pathPlaceholder')} onChange={(_, d) => setPath(d.value)} data-testid="merge-path" />
          </Field>
          <Button type="submit" appearance={step.kind === 'preview' ? 'secondary' : 'primary'} disabled={step.kind === 'loading' || step.kind === 'merging'}>
            {t('merge.showPreview')}
          </Button>
          <Field hint={t('mergeReview.asSuggestionsHint')}>
            <Checkbox label={t('mergeReview.asSuggestions')} checked={asSuggestions} disabled={step.kind === 'loading' || step.kind === 'merging'} onChange={(_, d) => setAsSuggestions(d.checked === true)} data-testid="merge-as-suggestions" />
          </Field>
        </form>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="merge-error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {step.kind === 'loading' && <p role="status">{t('merge.loading')}</p>}
      {(step.kind === 'preview' || step.kind === 'merging') && (
        <section aria-labelledby="merge-preview-heading" data-testid="merge-preview">
          <h2 id="merge-preview-heading" ref={resultHeading} tabIndex={-1}>
            {t('merge.previewHeading')}
          </h2>
          <MergeCopiesReport report={step.preview} />
          {step.preview.total.nothingNew && step.preview.total.conflicts.length > 0 && <p>{t('merge.keptHereOnly')}</p>}
          {!nothingAtAll(step.preview) && (
            <p className={styles.path} data-testid="merge-backup-folder">
              {t('merge.backupFolder', { folder: step.preview.backupFolder })}
            </p>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void merge()} disabled={step.kind === 'merging' || nothingAtAll(step.preview)}>
              {step.kind === 'merging' ? t('merge.running') : t('merge.run')}
            </Button>
            <Button onClick={cancel} disabled={step.kind === 'merging'}>
              {t('merge.cancel')}
            </Button>
          </div>
        </section>
      )}
      {step.kind === 'done' && (
        <section aria-labelledby="merge-done-heading" data-testid="merge-done">
          <h2 id="merge-done-heading" ref={resultHeading} tabIndex={-1}>
            {t('merge.doneHeading')}
          </h2>
          <p>{t('merge.doneSummary', { ...totals(step.outcome.total.counts), chapters: step.outcome.total.chapters.length })}</p>
          <p className={styles.path} data-testid="merge-backup">
            {step.outcome.backupPath ? t('merge.backup', { path: step.outcome.backupPath }) : t('merge.noBackup')}
          </p>
          <MergeCopiesReport report={step.outcome} decide />
          <div className={styles.actions}>
            <Button onClick={cancel}>{t('merge.another')}</Button>
          </div>
        </section>
      )}
    </>
  );
}
