// The chapter's own language (a nynorsk contribution in a bokmål plan: spell-check, screen readers and the exported
// document follow it) and its klarspråk hints switch, in the chapter settings. Each change is one undoable edit.
import { Checkbox, Field, Select } from '@fluentui/react-components';
import { Malform, type Chapter } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commitChapterChanges } from './chapterCommit';

export function ChapterLanguage({ chapter }: { chapter: Chapter }) {
  const t = useT();
  const malform = usePlanStore((s) => s.plan?.plan.malform ?? 'nb');
  // null clears the chapter's own language: it follows the plan's målform again.
  const set = (column: 'lang' | 'klarsprak', value: unknown) => commitChapterChanges([{ table: 'chapters', id: chapter.id, column, value }]);
  return (
    <>
      <Field label={t('spell.chapterLang')}>
        <Select value={chapter.lang ?? ''} onChange={(_e, d) => set('lang', d.value === '' ? null : Malform.parse(d.value))} data-testid="chapter-lang">
          <option value="">{t('spell.chapterLang.plan', { malform: t(`spell.malform.${malform}`) })}</option>
          <option value="nb">{t('spell.malform.nb')}</option>
          <option value="nn">{t('spell.malform.nn')}</option>
        </Select>
      </Field>
      <Checkbox
        label={t('spell.klarsprak.toggle')}
        checked={chapter.klarsprak === true}
        onChange={(_e, d) => set('klarsprak', d.checked === true)}
        data-testid="chapter-klarsprak"
      />
    </>
  );
}
