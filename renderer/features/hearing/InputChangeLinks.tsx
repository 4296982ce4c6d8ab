// «Endringer etter innspillet» (issue 16): the changes made since the hearing draft, each a checkbox that links this
// input to it (or unlinks it) as one undoable step; the merknadsbehandling and «Endringer etter høring» then name it.
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { linksOf, toggleLinkChanges } from '../../../shared/domain/inputChange';
import type { HearingInput } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commit } from '../../commands/commandBus';
import { useHearingChanges } from './useHearingChanges';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '4px 8px', margin: 0 },
  list: { maxHeight: '220px', overflowY: 'auto', display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' },
});

export function InputChangeLinks({ input, className }: { input: HearingInput; className?: string }) {
  const styles = useStyles();
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const links = plan?.inputChanges ?? [];
  const changes = useHearingChanges(plan);
  const entries = (changes?.sections ?? []).flatMap((s) => s.changes.map((c) => ({ section: s.title, change: c })));
  return (
    <fieldset className={`${styles.box} ${className ?? ''}`} data-testid="input-change-links">
      <legend>{t('hearing.changeLinks')}</legend>
      {changes === null && <p>{t('hearing.changeLinks.noDraft')}</p>}
      {changes && entries.length === 0 && <p>{t('hearing.changeLinks.none')}</p>}
      <div className={styles.list}>
        {entries.map(({ section, change }) => (
          <Checkbox
            key={`${change.target.table}:${change.target.id}`}
            label={`${section}: ${change.place}`}
            checked={linksOf(links, input.id, change.target).length > 0}
            onChange={() => commit(toggleLinkChanges(links, input.id, change.target, crypto.randomUUID()), { mode: 'now', rowsFromChanges: true })}
          />
        ))}
      </div>
    </fieldset>
  );
}
