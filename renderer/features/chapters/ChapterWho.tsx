// Who in the chapter's settings: «Endret av» (its fields or its text, whichever changed last) and the history of its
// title, status and responsible group.
import { ChapterStatus, type Chapter } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { ChangedBy } from '../history/ChangedBy';
import { HistoryLine, type HistoryField } from '../history/FieldHistory';

export function ChapterWho({ chapter }: { chapter: Chapter }) {
  const t = useT();
  const groups = usePlanStore((s) => s.plan?.groups);
  const fields: HistoryField[] = [
    { column: 'title', label: t('chapters.title') },
    { column: 'status', label: t('chapters.status'), format: (v) => {
        const s = ChapterStatus.safeParse(v);
        return s.success ? t(`chapters.status.${s.data}`) : '';
      } },
    { column: 'groupId', label: t('chapters.group'), format: (v) => groups?.find((g) => g.id === v)?.name ?? '' },
  ];
  return (
    <div>
      <ChangedBy table="chapters" id={chapter.id} />
      <HistoryLine table="chapters" id={chapter.id} fields={fields} />
    </div>
  );
}
