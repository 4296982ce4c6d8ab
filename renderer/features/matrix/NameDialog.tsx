// A small dialog that asks for a name (new or renamed theme, area, sub-topic or group); empty names are refused.
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { ModalDialog } from '../../components/ModalDialog';

export type NameRequest = { title: string; label: string; initial: string; onSubmit: (name: string) => void };

const useStyles = makeStyles({ actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '20px' } });

export function NameDialog({ request, onClose }: { request: NameRequest | null; onClose: () => void }) {
  if (!request) return null;
  return <NameDialogOpen key={request.title + request.initial} request={request} onClose={onClose} />;
}

function NameDialogOpen({ request, onClose }: { request: NameRequest; onClose: () => void }) {
  const t = useT();
  const styles = useStyles();
  const [value, setValue] = useState(request.initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = value.trim();
    if (!name) {
      setError(t('matrix.nameRequired'));
      return;
    }
    onClose();
    request.onSubmit(name);
  };
  return (
    <ModalDialog title={request.title} onClose={onClose}>
      <form onSubmit={submit}>
        <Field label={request.label} validationMessage={error} validationState={error ? 'error' : 'none'}>
          <Input value={value} onChange={(_, d) => setValue(d.value)} autoFocus maxLength={500} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            {t('matrix.ok')}
          </Button>
          <Button onClick={onClose}>{t('matrix.cancel')}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}
