// The export itself: what, format (PDF optionally as PDF/A-2), watermark (and its placement) and where; then a progress bar (after half a second) with Avbryt,
// and the result with "Åpne" / "Vis i mappe" where the desktop app can open files.
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ExportFormatName, ExportWatermarkName, ExportWatermarkPlacementName } from '../../../shared/api/calls/export';
import type { AppInfo } from '../../../shared/api/calls/app';
import { sortRows } from '../../../shared/domain/rowOrder';
import { api } from '../../api/client';
import { useErrorText, useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { partArg, useExportStore, type PartKind } from './exportSlice';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: '16px 24px', maxWidth: '1000px', marginBottom: '16px' },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  progress: { maxWidth: '600px', margin: '12px 0' },
  result: { maxWidth: '1000px', margin: '12px 0' },
  path: { wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace },
});

const PARTS: PartKind[] = ['plan', 'matrix', 'group', 'merknadsbehandling'];
const FORMATS: ExportFormatName[] = ['docx', 'pdf', 'html'];
const WATERMARKS: ExportWatermarkName[] = ['none', 'utkast', 'horingsutkast'];
const PLACEMENTS: ExportWatermarkPlacementName[] = ['diagonal', 'top'];
const SHOW_PROGRESS_AFTER_MS = 500;

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('app.info', {}).then((r) => live && r.ok && setInfo(r.value));
    return () => {
      live = false;
    };
  }, []);
  return info;
}

/** Keeps the suggested output path in step with the part and format until the adviser types their own. */
function useSuggestedPath(): void {
  const { partKind, groupId, format, pathTouched, choose } = useExportStore();
  const filePath = usePlanStore((s) => s.file?.path ?? null);
  useEffect(() => {
    const part = partArg({ partKind, groupId });
    if (pathTouched || !part || !filePath) return;
    let live = true;
    void api.call('export.suggestPath', { format, part }).then((r) => live && r.ok && choose({ path: r.value.path }));
    return () => {
      live = false;
    };
  }, [partKind, groupId, format, pathTouched, filePath, choose]);
}

export function ExportForm() {
  const styles = useStyles();
  const t = useT();
  const s = useExportStore();
  const groups = usePlanStore((st) => st.plan?.groups ?? []);
  const info = useAppInfo();
  useSuggestedPath();
  const sortedGroups = sortRows(groups);
  const groupId = s.groupId ?? sortedGroups[0]?.id ?? null;
  const busy = s.job.state === 'running' || s.job.state === 'starting';
  const canRun = !busy && s.path.trim() !== '' && partArg({ partKind: s.partKind, groupId }) !== null;

  return (
    <>
      <form
        className={styles.form}
        aria-label={t('export.choices')}
        onSubmit={(e) => {
          e.preventDefault();
          if (s.groupId !== groupId) s.choose({ groupId });
          void s.start();
        }}
      >
        <Field label={t('export.part')}>
          <RadioGroup value={s.partKind} onChange={(_, d) => s.choose({ partKind: d.value as PartKind, groupId })}>
            {PARTS.map((p) => (
              <Radio key={p} value={p} label={t(`export.part.${p}`)} disabled={p === 'group' && sortedGroups.length === 0} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('export.format')}>
          <RadioGroup value={s.format} onChange={(_, d) => s.choose({ format: d.value as ExportFormatName })}>
            {FORMATS.map((f) => (
              <Radio key={f} value={f} label={t(`export.format.${f}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('export.watermark')}>
          <RadioGroup value={s.watermark} onChange={(_, d) => s.choose({ watermark: d.value as ExportWatermarkName })}>
            {WATERMARKS.map((w) => (
              <Radio key={w} value={w} label={t(`export.watermark.${w}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('export.watermarkPlacement')}>
          <RadioGroup
            value={s.watermarkPlacement}
            disabled={s.watermark === 'none'}
            onChange={(_, d) => s.choose({ watermarkPlacement: d.value as ExportWatermarkPlacementName })}
          >
            {PLACEMENTS.map((p) => (
              <Radio key={p} value={p} label={t(`export.watermarkPlacement.${p}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('export.pdfa')} hint={t('export.pdfa.hint')}>
          <Checkbox checked={s.format === 'pdf' && s.pdfa} disabled={s.format !== 'pdf'} label={t('export.pdfa.label')} onChange={(_, d) => s.choose({ pdfa: d.checked === true })} />
        </Field>
        <Field label={t('export.review')} hint={t('export.review.hint')}>
          <Checkbox checked={s.review} label={t('export.review.label')} onChange={(_, d) => s.choose({ review: d.checked === true })} data-testid="export-review" />
        </Field>
        <Field label={t('export.comparedWithHearing')} hint={t('export.comparedWithHearing.hint')}>
          <Checkbox
            checked={s.comparedWithHearing}
            label={t('export.comparedWithHearing.label')}
            onChange={(_, d) => s.choose({ comparedWithHearing: d.checked === true })}
            data-testid="export-compared-with-hearing"
          />
        </Field>
        {s.partKind === 'group' && (
          <Field label={t('export.group')} className={styles.wide} validationMessage={sortedGroups.length ? undefined : t('export.noGroups')}>
            <Select value={groupId ?? ''} onChange={(_, d) => s.choose({ groupId: d.value })}>
              {sortedGroups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.kind === 'arbeidsgruppe' ? `${g.number}. ${g.name}` : g.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t('export.path')} className={styles.wide} required>
          <Input value={s.path} onChange={(_, d) => s.choose({ path: d.value, pathTouched: true })} data-testid="export-path" />
        </Field>
        <div className={`${styles.wide} ${styles.actions}`}>
          <Button appearance="primary" type="submit" disabled={!canRun}>
            {t('export.run')}
          </Button>
          {(s.job.state === 'running' || (s.job.state === 'starting' && !s.job.cancelRequested)) && (
            <Button type="button" onClick={() => void s.cancel()}>
              {t('export.cancel')}
            </Button>
          )}
        </div>
      </form>
      <JobStatus canOpenFiles={info?.canOpenFiles === true} />
    </>
  );
}

function JobStatus({ canOpenFiles }: { canOpenFiles: boolean }) {
  const styles = useStyles();
  const t = useT();
  const say = useErrorText();
  const job = useExportStore((s) => s.job);
  const open = (jobId: string, how: 'open' | 'showInFolder') => void api.call('export.open', { jobId, how });
  return (
    <div role="status" aria-live="polite" data-testid="export-status">
      {job.state === 'running' && job.status.elapsedMs >= SHOW_PROGRESS_AFTER_MS && (
        <Field className={styles.progress} label={t('export.progress')} hint={t(`export.phase.${job.status.phase}`)}>
          <ProgressBar value={job.status.fraction} max={1} thickness="large" data-testid="export-progress" />
        </Field>
      )}
      {job.state === 'done' && (
        <MessageBar intent="success" className={styles.result} data-testid="export-done">
          <MessageBarBody>
            <span className={styles.path}>
              {t('export.done', { path: job.result.path, size: sizeText(job.result.bytes), seconds: (job.result.ms / 1000).toFixed(1).replace('.', ',') })}
            </span>
            {job.result.warnings.length > 0 && <> {t('export.warnings', { count: job.result.warnings.length })}</>}
            {canOpenFiles && (
              <span className={styles.actions}>
                <Button size="small" onClick={() => open(job.jobId, 'open')}>
                  {t('export.open')}
                </Button>
                <Button size="small" onClick={() => open(job.jobId, 'showInFolder')}>
                  {t('export.showInFolder')}
                </Button>
              </span>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {job.state === 'cancelled' && (
        <MessageBar intent="info" className={styles.result} data-testid="export-cancelled">
          <MessageBarBody>{t('export.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {(job.state === 'failed' || job.state === 'refused') && (
        <MessageBar intent="error" className={styles.result} data-testid="export-failed">
          <MessageBarBody>
            <MessageBarTitle>{t('export.failed')}</MessageBarTitle>
            {say(job.error)}
            {job.error.detail ? ` ${job.error.detail}` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
