// The form for one hearing input: sender and type, date received (late inputs marked, still registered), summary,
// full text or an attached file, what it concerns, the municipality's assessment and the conclusion.
import { Badge, Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { Conclusion, SenderType, type HearingInput } from '../../../shared/domain/plan';
import { concernOptions, isLate } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { flush as flushEdits } from '../../commands/commandBus';
import { DateField } from '../../components/DateField';
import { deleteRow } from '../tables/listEdits';
import { useTablesStatus } from '../tables/tablesStatus';
import { AttachmentField } from './AttachmentField';
import { useHearingUi } from './hearingSlice';
import { InputChangeLinks } from './InputChangeLinks';
import { InputWho } from './InputWho';
import { patchInput } from './inputEdits';

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px 16px 16px',
    margin: '12px 0 20px',
    maxWidth: '1000px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '12px 24px' },
  wide: { gridColumn: '1 / -1' },
  concerns: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '4px 8px', margin: 0 },
  concernList: { maxHeight: '220px', overflowY: 'auto', display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' },
  actions: { display: 'flex', gap: '8px', marginTop: '12px' },
});

export function InputEditor({ input }: { input: HearingInput }) {
  const styles = useStyles();
  const t = useT();
  const frame = usePlanStore((s) => s.plan?.plan);
  const chapters = usePlanStore((s) => s.plan?.chapters);
  const areas = usePlanStore((s) => s.plan?.areas);
  const flush = flushEdits;
  const select = useHearingUi((s) => s.select);
  const focusNew = useHearingUi((s) => s.focusNew);
  const announce = useTablesStatus((s) => s.announce);
  const senderRef = useRef<HTMLInputElement>(null);
  const options = useMemo(() => concernOptions({ chapters: chapters ?? [], areas: areas ?? [] }), [chapters, areas]);
  const late = frame ? isLate(input, frame) : false;
  const commit = () => void flush();

  useEffect(() => {
    if (focusNew) {
      senderRef.current?.focus();
      select(input.id, false);
    }
  }, [focusNew, input.id, select]);

  const text = (column: 'sender' | 'summary' | 'fullText' | 'assessment') => ({
    value: input[column],
    onChange: (_: unknown, d: { value: string }) => patchInput(input, { [column]: d.value }, 'debounced'),
    onBlur: commit,
  });

  const remove = () => {
    deleteRow('inputs', input.id);
    select(null);
    announce(t('hearing.inputDeleted', { name: input.sender.trim() || t('tables.unnamedRow') }));
  };

  return (
    <section className={styles.panel} aria-labelledby="input-editor-heading" data-testid="input-editor">
      <h3 id="input-editor-heading">
        {t('hearing.editInput')}
        {input.sender.trim() ? `: ${input.sender}` : ''}
      </h3>
      <div className={styles.grid}>
        <Field label={t('hearing.sender')}>
          <Input ref={senderRef} {...text('sender')} />
        </Field>
        <Field label={t('hearing.senderType')}>
          <Select
            value={input.senderType}
            onChange={(_, d) => {
              const type = SenderType.options.find((o) => o === d.value);
              if (type) patchInput(input, { senderType: type }, 'now');
            }}
          >
            {SenderType.options.map((o) => (
              <option key={o} value={o}>
                {t(`hearing.senderType.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
        <DateField
          label={t('hearing.received')}
          hint={late ? undefined : t('hearing.receivedHint')}
          value={input.receivedDate}
          onChange={(date) => patchInput(input, { receivedDate: date }, 'now')}
          onBlur={commit}
        />
        {late && (
          <div>
            <Badge appearance="tint" color="warning" data-testid="late-badge">
              {t('hearing.late')}
            </Badge>
          </div>
        )}
        <div className={styles.wide}>
          <Field label={t('hearing.summaryField')}>
            <Textarea rows={3} resize="vertical" {...text('summary')} />
          </Field>
        </div>
        <div className={styles.wide}>
          <Field label={t('hearing.fullText')}>
            <Textarea rows={4} resize="vertical" {...text('fullText')} />
          </Field>
        </div>
        <AttachmentField input={input} className={styles.wide} />
        <fieldset className={`${styles.wide} ${styles.concerns}`}>
          <legend>{t('hearing.concerns')}</legend>
          {options.length === 0 ? (
            <p>{t('hearing.noConcernOptions')}</p>
          ) : (
            <div className={styles.concernList}>
              {options.map((o) => (
                <Checkbox
                  key={o.id}
                  label={`${o.kind === 'chapter' ? t('tables.chapter') : t('hearing.area')}: ${o.label}`}
                  checked={input.concerns.includes(o.id)}
                  onChange={(_, d) =>
                    patchInput(input, { concerns: d.checked ? [...input.concerns, o.id] : input.concerns.filter((c) => c !== o.id) }, 'now')
                  }
                />
              ))}
            </div>
          )}
        </fieldset>
        <InputChangeLinks input={input} className={styles.wide} />
        <div className={styles.wide}>
          <Field label={t('hearing.assessment')}>
            <Textarea rows={3} resize="vertical" {...text('assessment')} />
          </Field>
        </div>
        <Field label={t('hearing.conclusion')}>
          <Select
            value={input.conclusion ?? ''}
            onChange={(_, d) => {
              const conclusion = Conclusion.options.find((o) => o === d.value) ?? null;
              patchInput(input, { conclusion }, 'now');
            }}
          >
            <option value="">{t('hearing.noConclusion')}</option>
            {Conclusion.options.map((o) => (
              <option key={o} value={o}>
                {t(`conclusion.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button onClick={() => select(null)}>{t('hearing.closeEditor')}</Button>
        <Button onClick={remove}>{t('hearing.deleteInput')}</Button>
      </div>
      <InputWho input={input} />
    </section>
  );
}
