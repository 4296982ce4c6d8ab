// Browser mode has no native file dialog: the adviser (and the E2E suite) opens a plan by typing its path.
import { Button, Input, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useT } from './i18n';
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
  const [path, setPath] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (trimmed) void openFile(trimmed);
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
    </form>
  );
}
