// Import of a matrix file (.json, .xlsx, .csv) by path, with the refused rows listed; export of Tabell 1 to .xlsx.
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { flush, reload } from '../../commands/commandBus';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '8px' },
  path: { minWidth: '320px' },
});

type Outcome = { kind: 'ok'; text: string } | { kind: 'errors'; title: string; lines: string[] } | null;

export function ImportExport() {
  const styles = useStyles();
  const t = useT();
  const [importPath, setImportPath] = useState('');
  const [exportPath, setExportPath] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const runImport = async () => {
    if (!importPath.trim()) return;
    setBusy(true);
    await flush();
    const result = await api.call('matrix.importFile', { path: importPath.trim() });
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'errors', title: t('matrix.import.failed'), lines: [result.error.message] });
    const report = result.value;
    if (!report.imported) return setOutcome({ kind: 'errors', title: t('matrix.import.refused'), lines: report.errors });
    setOutcome({ kind: 'ok', text: t('matrix.import.done', { themes: report.themes, areas: report.areas, cells: report.cells }) });
    await reload();
  };

  const runExport = async () => {
    if (!exportPath.trim()) return;
    setBusy(true);
    await flush();
    const result = await api.call('matrix.exportXlsx', { path: exportPath.trim() });
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: 'errors', title: t('matrix.export.failed'), lines: [result.error.message] });
    setOutcome({ kind: 'ok', text: t('matrix.export.done', { path: result.value.path }) });
  };

  return (
    <section aria-labelledby="matrix-io-heading" data-testid="matrix-io">
      <h2 id="matrix-io-heading">{t('matrix.io.heading')}</h2>
      <div className={styles.row}>
        <Field label={t('matrix.import.label')} className={styles.path}>
          <Input value={importPath} onChange={(_, d) => setImportPath(d.value)} placeholder={t('placeholder.matrixFile')} />
        </Field>
        <Button onClick={() => void runImport()} disabled={busy || !importPath.trim()}>
          {t('matrix.import.button')}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t('matrix.export.label')} className={styles.path}>
          <Input value={exportPath} onChange={(_, d) => setExportPath(d.value)} placeholder={t('placeholder.matrixFile')} />
        </Field>
        <Button onClick={() => void runExport()} disabled={busy || !exportPath.trim()}>
          {t('matrix.export.button')}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'ok' && (
          <MessageBar intent="success">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'errors' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <strong>{outcome.title}</strong>
              <ul data-testid="matrix-import-errors">
                {outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
