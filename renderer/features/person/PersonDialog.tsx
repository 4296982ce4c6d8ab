// «Hvem skriver?»: the person's name (prefilled from the system user at first start), initials (derived when left
// empty) and working group. Asked once at first start; the header's button opens it again to edit.
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { initialsOf } from '../../../shared/domain/person';
import { useT } from '../../app/i18n';
import { ModalDialog } from '../../components/ModalDialog';
import { usePersonStore } from './personState';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '20px' },
});

export function PersonDialog() {
  const dialog = usePersonStore((s) => s.dialog);
  if (!dialog) return null;
  return <PersonForm first={dialog === 'first'} />;
}

function PersonForm({ first }: { first: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { person, suggestedName, save, close } = usePersonStore();
  const [name, setName] = useState(person?.name ?? suggestedName);
  const [initials, setInitials] = useState(person && person.initials !== initialsOf(person.name) ? person.initials : '');
  const [group, setGroup] = useState(person?.group ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setProblem(t('person.nameRequired'));
      return;
    }
    void save({ name, initials, group: group.trim() || null });
  };
  return (
    <ModalDialog title={t(first ? 'person.firstTitle' : 'person.editTitle')} onClose={close}>
      <form onSubmit={submit} data-testid="person-dialog">
        {first && <p>{t('person.firstLead')}</p>}
        <div className={styles.fields}>
          <Field label={t('person.name')} required validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
            <Input value={name} onChange={(_e, d) => setName(d.value)} maxLength={100} autoFocus data-testid="person-name" />
          </Field>
          <Field label={t('person.initials')} hint={name.trim() ? t('person.initialsHint', { initials: initialsOf(name) }) : undefined}>
            <Input value={initials} onChange={(_e, d) => setInitials(d.value)} maxLength={6} data-testid="person-initials" />
          </Field>
          <Field label={t('person.group')}>
            <Input value={group} onChange={(_e, d) => setGroup(d.value)} maxLength={100} data-testid="person-group" />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            {t('person.save')}
          </Button>
          <Button onClick={close}>{first ? t('person.later') : t('history.close')}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}
