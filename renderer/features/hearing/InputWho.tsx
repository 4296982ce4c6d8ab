// Who in the hearing input's editor: «Endret av», the history of its fields (named by field) and its comments.
import type { HearingInput } from '../../../shared/domain/plan';
import { Conclusion, SenderType } from '../../../shared/domain/plan';
import { formatDate } from '../../../shared/format/norwegian';
import { useT } from '../../app/i18n';
import { RowComments } from '../comments/RowComments';
import { ChangedBy } from '../history/ChangedBy';
import { HistoryLine, type HistoryField } from '../history/FieldHistory';

export function InputWho({ input }: { input: HearingInput }) {
  const t = useT();
  const fields: HistoryField[] = [
    { column: 'sender', label: t('hearing.sender') },
    { column: 'senderType', label: t('hearing.senderType'), format: (v) => {
        const s = SenderType.safeParse(v);
        return s.success ? t(`hearing.senderType.${s.data}`) : '';
      } },
    { column: 'receivedDate', label: t('hearing.received'), format: (v) => (typeof v === 'string' ? formatDate(v) : '') },
    { column: 'summary', label: t('hearing.summaryField') },
    { column: 'fullText', label: t('hearing.fullText') },
    { column: 'assessment', label: t('hearing.assessment') },
    { column: 'conclusion', label: t('hearing.conclusion'), format: (v) => {
        const c = Conclusion.safeParse(v);
        return c.success ? t(`conclusion.${c.data}`) : '';
      } },
  ];
  return (
    <>
      <ChangedBy table="inputs" id={input.id} />
      <HistoryLine table="inputs" id={input.id} fields={fields} />
      <RowComments targetTable="inputs" targetId={input.id} name={input.sender.trim() || t('tables.unnamedRow')} level={4} />
    </>
  );
}
