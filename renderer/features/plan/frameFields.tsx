// Inputs bound to one column of the plan frame: every keystroke updates the cache and queues a plan.mutate.
import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanFrame } from '../../../shared/domain/plan';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commitEdit, flush as flushEdits } from '../../commands/commandBus';
import { DateField } from '../../components/DateField';

type StringColumn = { [K in keyof PlanFrame]-?: PlanFrame[K] extends string ? K : never }[keyof PlanFrame];
type YearColumn = 'periodFrom' | 'periodTo';

export function useFrameSetter() {
  const id = usePlanStore((s) => s.plan?.plan.id);
  const change = commitEdit;
  const flush = flushEdits;
  return {
    set: (column: keyof PlanFrame, value: unknown) => {
      if (id) change([{ table: 'plan', id, column, value }]);
    },
    // Leaving a field sends at once instead of waiting for the debounce.
    commit: () => void flush(),
  };
}

export function FrameText({ column, label, multiline = false }: { column: StringColumn; label: MessageKey; multiline?: boolean }) {
  const t = useT();
  const value = usePlanStore((s) => (s.plan ? String(s.plan.plan[column]) : ''));
  const { set, commit } = useFrameSetter();
  return (
    <Field label={t(label)}>
      {multiline ? (
        <Textarea value={value} resize="vertical" rows={4} onChange={(_, d) => set(column, d.value)} onBlur={commit} />
      ) : (
        <Input value={value} onChange={(_, d) => set(column, d.value)} onBlur={commit} />
      )}
    </Field>
  );
}

export function FrameChoice<C extends 'planType' | 'malform' | 'phase'>({
  column,
  label,
  options,
  optionLabel,
}: {
  column: C;
  label: MessageKey;
  options: readonly PlanFrame[C][];
  optionLabel: (option: PlanFrame[C]) => MessageKey;
}) {
  const t = useT();
  const value = usePlanStore((s) => s.plan?.plan[column]);
  const { set } = useFrameSetter();
  return (
    <Field label={t(label)}>
      <Select
        value={value ?? ''}
        onChange={(_, d) => {
          const chosen = options.find((o) => o === d.value);
          if (chosen !== undefined) set(column, chosen);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(optionLabel(option))}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A year is only sent when it is one (four digits, 1900–2200); an empty field clears it. */
export function parseYear(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{4}$/.test(trimmed)) return 'invalid';
  const year = Number(trimmed);
  return year >= 1900 && year <= 2200 ? year : 'invalid';
}

export function FrameYear({ column, label }: { column: YearColumn; label: MessageKey }) {
  const t = useT();
  const stored = usePlanStore((s) => s.plan?.plan[column] ?? null);
  const [draft, setDraft] = useState<string | null>(null);
  const { set, commit } = useFrameSetter();
  const text = draft ?? (stored === null ? '' : String(stored));
  const invalid = draft !== null && parseYear(draft) === 'invalid';
  return (
    <Field label={t(label)} validationMessage={invalid ? t('plan.invalidYear') : undefined} validationState={invalid ? 'error' : 'none'}>
      <Input
        value={text}
        inputMode="numeric"
        onChange={(_, d) => {
          setDraft(d.value);
          const year = parseYear(d.value);
          if (year !== 'invalid') set(column, year);
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
          commit();
        }}
      />
    </Field>
  );
}

export function FrameDate({ column, label }: { column: 'versionDate'; label: MessageKey }) {
  const t = useT();
  const value = usePlanStore((s) => s.plan?.plan[column] ?? null);
  const { set, commit } = useFrameSetter();
  return <DateField label={t(label)} value={value} onChange={(date) => set(column, date)} onBlur={commit} />;
}
