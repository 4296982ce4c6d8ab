// Innsatsområder: the plan's ordered list of focus areas (one field of the plan frame, saved as the whole list).
import { Button, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commitEdit, flush as flushEdits } from '../../commands/commandBus';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: '0 0 8px', display: 'flex', flexDirection: 'column', gap: '6px', maxWidth: '800px' },
  item: { display: 'flex', gap: '6px', alignItems: 'center' },
  input: { flexGrow: 1 },
});

const EMPTY: readonly string[] = [];

export function FocusAreas() {
  const styles = useStyles();
  const t = useT();
  const id = usePlanStore((s) => s.plan?.plan.id);
  const areas = usePlanStore((s) => s.plan?.plan.focusAreas ?? EMPTY);
  const change = commitEdit;
  const flush = flushEdits;
  const listRef = useRef<HTMLUListElement>(null);
  // The field to focus once the list has re-rendered (after add or a keyboard move).
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll('input')[focusIndex.current]?.focus();
    focusIndex.current = null;
  });

  const save = (next: string[], mode: 'debounced' | 'now') => {
    if (id) change([{ table: 'plan', id, column: 'focusAreas', value: next }], mode);
  };
  const move = (i: number, step: -1 | 1) => {
    const j = i + step;
    if (j < 0 || j >= areas.length) return;
    const next = [...areas];
    [next[i], next[j]] = [next[j]!, next[i]!];
    save(next, 'now');
  };

  return (
    <>
      <ul className={styles.list} ref={listRef} data-testid="focus-areas">
        {areas.map((area, i) => (
          <li key={i} className={styles.item}>
            <Input
              className={styles.input}
              aria-label={t('plan.focusArea', { n: i + 1 })}
              value={area}
              onChange={(_, d) => save(areas.map((a, k) => (k === i ? d.value : a)), 'debounced')}
              onBlur={() => void flush()}
              onKeyDown={(e) => {
                if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                  e.preventDefault();
                  move(i, e.key === 'ArrowUp' ? -1 : 1);
                  focusIndex.current = Math.max(0, Math.min(areas.length - 1, i + (e.key === 'ArrowUp' ? -1 : 1)));
                }
              }}
            />
            <Button size="small" disabled={i === 0} aria-label={t('plan.focusAreaUp', { n: i + 1 })} onClick={() => move(i, -1)}>
              ↑
            </Button>
            <Button size="small" disabled={i === areas.length - 1} aria-label={t('plan.focusAreaDown', { n: i + 1 })} onClick={() => move(i, 1)}>
              ↓
            </Button>
            <Button size="small" aria-label={t('plan.focusAreaDelete', { n: i + 1 })} onClick={() => save(areas.filter((_, k) => k !== i), 'now')}>
              {t('plan.delete')}
            </Button>
          </li>
        ))}
      </ul>
      {areas.length === 0 && <p>{t('plan.noFocusAreas')}</p>}
      <Button
        onClick={() => {
          focusIndex.current = areas.length;
          save([...areas, ''], 'now');
        }}
      >
        {t('plan.addFocusArea')}
      </Button>
    </>
  );
}
