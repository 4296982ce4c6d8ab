// «Slå sammen med en kopi»: choose the copy that came back (the desktop menu's dialog or the path field), see what it
// brings, then merge it or cancel. The merge backs the plan up first and says where.
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { MergeChapters, MergeConflicts, MergeCountsTable } from './MergePreviewView';
import { useMergeStore } from './mergeSlice';
import { dateAndTime, totals } from './mergeText';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: '8px', flexWrap: 'wrap', marginBottom: '16px' },
  input: { width: 'min(520px, 80vw)' },
  actions: { display: 'flex', gap: '8px', marginTop: '16px' },
  path: { wordBreak: 'break-all' },
});

export function MergePage() {
  const t = useT();
  const styles = useStyles();
  const { path, step, error, setPath, showCopy, merge, cancel } = useMergeStore();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A new preview or the outcome is announced by moving focus to its heading.
  useEffect(() => {
    if (step.kind === 'preview' || step.kind === 'done') resultHeading.current?.focus();
  }, [step.kind]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void showCopy(path);
  };

  return (
    <>
      <h1>{t('merge.heading')}</h1>
      <p>{t('merge.lead')}</p>
      {step.kind !== 'done' && (
        <form className={styles.form} onSubmit={submit}>
          <Field label={t('merge.pathLabel')}>
            <Input className={styles.input} value={path} placeholder={t('merge.pathPlaceholder')} onChange={(_, d) => setPath(d.value)} data-testid="merge-path" />
          </Field>
          <Button type="submit" appearance={step.kind === 'preview' ? 'secondary' : 'primary'} disabled={step.kind === 'loading' || step.kind === 'merging'}>
            {t('merge.showPreview')}
          </Button>
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
          <p>
            {t('merge.copyTitle', { title: step.preview.copyTitle })}
            <br />
            <span className={styles.path}>{t('merge.copyFile', { path: step.preview.path })}</span>
            <br />
            {step.preview.copyLastChange ? t('merge.copyLastChange', dateAndTime(step.preview.copyLastChange)) : t('merge.copyNoChanges')}
          </p>
          <MergeCountsTable summary={step.preview} />
          <MergeChapters summary={step.preview} />
          <MergeConflicts summary={step.preview} />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void merge()} disabled={step.kind === 'merging' || step.preview.nothingNew}>
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
          <p>{t('merge.doneSummary', { ...totals(step.outcome.counts), chapters: step.outcome.chapters.length })}</p>
          <p className={styles.path} data-testid="merge-backup">
            {t('merge.backup', { path: step.outcome.backupPath })}
          </p>
          <MergeCountsTable summary={step.outcome} />
          <MergeChapters summary={step.outcome} />
          <MergeConflicts summary={step.outcome} />
          <div className={styles.actions}>
            <Button onClick={cancel}>{t('merge.another')}</Button>
          </div>
        </section>
      )}
    </>
  );
}
