// «Lagre versjon…»: a name (required) and a note; the version points at the plan as the file has it once held edits are written.
import { Button, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { VERSION_NAME_MAX, VERSION_NOTE_MAX } from '../../../shared/domain/version';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../app/i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '8px' },
});

export function SaveVersionDialog({ onSave, onClose }: { onSave: (name: string, note: string) => void; onClose: () => void }) {
  const styles = useStyles();
  const t = useT();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    onSave(name.trim(), note.trim());
    onClose();
  };
  return (
    <ModalDialog title={t('versions.dialog.title')} onClose={onClose}>
      <form className={styles.form} onSubmit={submit}>
        <Field label={t('versions.dialog.name')} required>
          <Input value={name} maxLength={VERSION_NAME_MAX} onChange={(_, d) => setName(d.value)} autoFocus data-testid="version-name" />
        </Field>
        <Field label={t('versions.dialog.note')}>
          <Textarea value={note} maxLength={VERSION_NOTE_MAX} onChange={(_, d) => setNote(d.value)} data-testid="version-note" />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!name.trim()}>
            {t('versions.dialog.ok')}
          </Button>
          <Button type="button" onClick={onClose}>
            {t('versions.dialog.cancel')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
