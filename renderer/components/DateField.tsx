// A date typed the Norwegian way (15.04.2024) for a value stored as an ISO date ('2024-04-15'). It replaces
// <input type="date">, whose display follows the browser's locale (mm/dd/yyyy in an English Chromium), not the plan's.
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { formatDate, parseDate } from '../../shared/format/norwegian';
import { useT } from '../app/i18n';

export type DateFieldProps = {
  label: string;
  /** The stored ISO date, or null when none is set. */
  value: string | null;
  /** Receives a new valid date (ISO) or null when the field is emptied; never an invalid or half-typed one. */
  onChange: (value: string | null) => void;
  /** Called after the field is left (and its date stored), e.g. to save at once instead of after the debounce. */
  onBlur?: () => void;
  hint?: string;
  className?: string;
};

type Checked = { ok: true; value: string | null } | { ok: false; message: string };

/** An empty field clears the date; anything else must be a real day. */
function check(text: string): Checked {
  return text.trim() === '' ? { ok: true, value: null } : parseDate(text);
}

const show = (iso: string | null): string => {
  if (!iso) return '';
  try {
    return formatDate(iso);
  } catch {
    return iso;
  }
};

export function DateField({ label, value, onChange, onBlur, hint, className }: DateFieldProps) {
  const t = useT();
  // What the adviser has typed since entering the field; null shows the stored date. The date is stored when the
  // field is left or Enter is pressed, not per keystroke: '15.04.20' on the way to '15.04.2024' is a real day too.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ draft: string | null; value: string | null; onChange: typeof onChange }>({ draft, value, onChange });
  useEffect(() => {
    pending.current = { draft, value, onChange };
  });

  const store = (): boolean => {
    if (draft === null) return true;
    const checked = check(draft);
    if (!checked.ok) {
      setError(checked.message);
      return false;
    }
    setError(null);
    setDraft(null);
    if (checked.value !== value) onChange(checked.value);
    return true;
  };

  // A page change can remove the field without a blur: a valid typed date is still stored.
  useEffect(
    () => () => {
      const { draft: left, value: stored, onChange: send } = pending.current;
      const checked = left === null ? null : check(left);
      if (checked?.ok && checked.value !== stored) send(checked.value);
    },
    [],
  );

  return (
    <Field label={label} hint={hint} className={className} validationMessage={error ?? undefined} validationState={error ? 'error' : 'none'}>
      <Input
        value={draft ?? show(value)}
        placeholder={t('placeholder.date')}
        autoComplete="off"
        onChange={(_, d) => {
          setDraft(d.value);
          // Once a message shows, it follows the typing, and goes as soon as the text is a date.
          if (error) {
            const checked = check(d.value);
            setError(checked.ok ? null : checked.message);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') store();
        }}
        onBlur={() => {
          store();
          onBlur?.();
        }}
      />
    </Field>
  );
}
