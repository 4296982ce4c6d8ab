// Import of measures from .xlsx/.csv through tables.importMeasures: all rows in one step, or every bad row listed by
// its number and nothing changed. Browser mode has no file dialog, so the path is typed.
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { SheetText } from '../../../shared/i18n/sheetImportMessages';
import type { SheetError } from '../../../shared/plantables';
import { api } from '../../api/client';
import { useSheetText, useT } from '../../app/i18n';
import { flush as flushEdits } from '../../commands/commandBus';
import { reloadPlan } from './listEdits';
import { useTablesStatus } from './tablesStatus';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: '8px', flexWrap: 'wrap', margin: '16px 0 8px' },
  path: { minWidth: '360px' },
});

type Outcome = { kind: 'imported'; count: number } | { kind: 'refused'; message: string; text?: SheetText; errors: SheetError[] } | null;

export function MeasuresImport() {
  const styles = useStyles();
  const t = useT();
  const sayImportError = useSheetText();
  const flush = flushEdits;
  const announce = useTablesStatus((s) => s.announce);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim()) return;
    setBusy(true);
    await flush();
    const result = await api.call('tables.importMeasures', { path: path.trim() });
    setBusy(false);
    if (!result.ok) {
      setOutcome({ kind: 'refused', message: result.error.message, errors: [] });
      return;
    }
    if (result.value.ok) {
      await reloadPlan();
      setOutcome({ kind: 'imported', count: result.value.imported });
      announce(t('tables.imported', { count: result.value.imported }));
    } else {
      setOutcome({ kind: 'refused', message: result.value.message, text: result.value.text, errors: result.value.errors });
    }
  };

  return (
    <section aria-labelledby="measures-import-heading">
      <h3 id="measures-import-heading">{t('tables.importHeading')}</h3>
      <p>{t('tables.importHelp')}</p>
      <form className={styles.form} onSubmit={(e) => void submit(e)}>
        <Field label={t('tables.importPath')} className={styles.path}>
          <Input value={path} placeholder={t('placeholder.measuresFile')} onChange={(_, d) => setPath(d.value)} />
        </Field>
        <Button type="submit" disabled={busy || path.trim() === ''}>
          {t('tables.importButton')}
        </Button>
      </form>
      {outcome?.kind === 'imported' && (
        <MessageBar intent="success" data-testid="import-result">
          <MessageBarBody>{t('tables.imported', { count: outcome.count })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'refused' && (
        <MessageBar intent="error" layout="multiline" data-testid="import-result">
          <MessageBarBody>
            <MessageBarTitle>{t('tables.importRefused')}</MessageBarTitle>
            {sayImportError(outcome)}
            {outcome.errors.length > 0 && (
              <ul>
                {outcome.errors.map((e, i) => (
                  <li key={i}>{sayImportError(e)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
