// "Legg til fra standardlisten": the built-in laws central to health and care planning, those the plan lacks ticked
// off in a dialog and added in one step, with purposes in the plan's målform (the app's ModalDialog).
import { Button, Checkbox, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { randomId } from '../../../shared/domain/ids';
import { STARTER_LAWS, addStarterLawsChanges, starterLawName } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { ModalDialog } from '../../components/ModalDialog';
import { usePlanStore } from '../../app/planStore';
import { flush as flushEdits } from '../../commands/commandBus';
import { reloadPlan, sendChanges } from './listEdits';
import { useTablesStatus } from './tablesStatus';

const useStyles = makeStyles({
  fieldset: { border: 'none', padding: 0, margin: '0 0 16px' },
  actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end' },
});

export function StarterLawsDialog() {
  const styles = useStyles();
  const t = useT();
  const laws = usePlanStore((s) => s.plan?.laws ?? []);
  const malform = usePlanStore((s) => s.plan?.plan.malform ?? 'nb');
  const flush = flushEdits;
  const announce = useTablesStatus((s) => s.announce);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const held = new Set(laws.map((l) => l.lovdataId));
  const available = STARTER_LAWS.filter((l) => !held.has(l.lovdataId));

  const close = () => {
    setOpen(false);
    setChosen([]);
  };

  const addChosen = async () => {
    const changes = addStarterLawsChanges(laws, chosen, malform, randomId);
    close();
    if (changes.length === 0) return;
    sendChanges(changes);
    // New rows come complete from the file: the cache only patches rows it already has.
    await flush();
    await reloadPlan();
    announce(t('tables.starterAdded', { count: new Set(changes.map((c) => c.id)).size }));
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('tables.addFromStarter')}</Button>
      {open && (
        <ModalDialog title={t('tables.starterTitle')} onClose={close}>
          {available.length === 0 ? (
            <p>{t('tables.starterAllAdded')}</p>
          ) : (
            <fieldset className={styles.fieldset}>
              <legend>{t('tables.starterLegend')}</legend>
              {available.map((law) => (
                <div key={law.lovdataId}>
                  <Checkbox
                    label={`${starterLawName(law)} – ${law.lovdataId}`}
                    checked={chosen.includes(law.lovdataId)}
                    onChange={(_, d) => setChosen((prev) => (d.checked ? [...prev, law.lovdataId] : prev.filter((id) => id !== law.lovdataId)))}
                  />
                </div>
              ))}
            </fieldset>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={chosen.length === 0} onClick={() => void addChosen()}>
              {t('tables.starterAdd')}
            </Button>
            <Button onClick={close}>{t('tables.cancel')}</Button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
