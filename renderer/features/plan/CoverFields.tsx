// The cover's own fields: the plan's name and status line, shown as written. The phase only offers a status line
// (one click takes it); nothing on the cover changes by itself when the phase or the period does.
import { Button, Field, Input } from '@fluentui/react-components';
import { suggestedStatusLine } from '../../../shared/document/frameTexts';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useFrameSetter } from './frameFields';

function useFrameText(column: 'title' | 'statusLine') {
  const value = usePlanStore((s) => s.plan?.plan[column] ?? '');
  const { set, commit } = useFrameSetter();
  return { value, set: (text: string) => set(column, text), commit };
}

export function PlanTitleField() {
  const t = useT();
  const { value, set, commit } = useFrameText('title');
  return (
    <Field label={t('plan.title')} hint={t('cover.titleHint')}>
      <Input value={value} onChange={(_, d) => set(d.value)} onBlur={commit} />
    </Field>
  );
}

export function StatusLineField() {
  const t = useT();
  const frame = usePlanStore((s) => s.plan?.plan);
  const { value, set, commit } = useFrameText('statusLine');
  const suggestion = frame ? suggestedStatusLine(frame) : '';
  return (
    <Field label={t('cover.statusLine')} hint={t('cover.statusLineHint')}>
      <Input value={value} onChange={(_, d) => set(d.value)} onBlur={commit} />
      {suggestion && suggestion !== value.trim() ? (
        <Button
          appearance="subtle"
          size="small"
          onClick={() => {
            set(suggestion);
            commit();
          }}
        >
          {t('cover.suggest', { text: suggestion })}
        </Button>
      ) : null}
    </Field>
  );
}
