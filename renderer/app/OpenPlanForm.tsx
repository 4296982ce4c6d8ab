// Browser mode has no native file dialogs: the adviser (and the E2E suite) opens a plan, or saves it under a new
// name («Lagre som», the way out of a save problem), by typing its path.
import { Button, Input, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useMergeStore } from '../features/merge/mergeSlice';
import { useT } from './i18n';
import { FILE_PAGES } from './routes';
import { usePlanStore } from './planStore';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: '8px' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { color: tokens.colorNeutralForegroundOnBrand, fontSize: tokens.fontSizeBase200 },
  input: { width: '260px' },
});

export function OpenPlanForm() {
  const styles = useStyles();
  const t = useT();
  const inputId = useId('open-path');
  const openFile = usePlanStore((s) => s.openFile);
  const saveAs = usePlanStore((s) => s.saveAs);
  const [path, setPath] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (trimmed) void openFile(trimmed);
  };
  // «Slå sammen …»: the merge page, with the typed path previewed at once when there is one.
  const mergeCopy = () => {
    window.location.hash = FILE_PAGES[0].path;
    const trimmed = path.trim();
    if (trimmed) void useMergeStore.getState().showCopies([trimmed]);
  };
  const saveCopy = () => {
    const trimmed = path.trim();
    if (trimmed) void saveAs(trimmed);
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <div className={styles.field}>
        <Label htmlFor={inputId} className={styles.label}>
          {t('open.label')}
        </Label>
        <Input id={inputId} className={styles.input} value={path} placeholder={t('open.placeholder')} onChange={(_, d) => setPath(d.value)} />
      </div>
      <Button type="submit" appearance="secondary">
        {t('open.button')}
      </Button>
      <Button type="button" appearance="secondary" onClick={saveCopy}>
        {t('open.saveAs')}
      </Button>
      <Button type="button" appearance="secondary" onClick={mergeCopy}>
        {t('merge.openButton')}
      </Button>
    </form>
  );
}
