// "Tilgjengelighetssjekk": the problems export.check finds, each with a link to where it can be fixed.
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { AccessibilityProblem } from '../../../shared/document/accessibility';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useChaptersView } from '../chapters/chaptersSlice';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: '8px 0 16px', maxWidth: '1000px' },
  item: { display: 'flex', gap: '8px', alignItems: 'baseline', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  message: { flex: '1 1 300px' },
});

export function AccessibilityCheck() {
  const styles = useStyles();
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const selectChapter = useChaptersView((s) => s.select);
  const [problems, setProblems] = useState<AccessibilityProblem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const [round, setRound] = useState(0);
  const check = useCallback(() => setRound((n) => n + 1), []);

  // The plan in the store changes with every saved edit: check again so the list follows the fixes.
  useEffect(() => {
    let live = true;
    void api.call('export.check', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setProblems(r.value);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [round, plan]);

  return (
    <>
      <p>{t('export.check.help')}</p>
      <Button onClick={check}>{t('export.check.run')}</Button>
      {error && <p role="alert">{error.message}</p>}
      {problems && problems.length === 0 && <p data-testid="export-check-ok">{t('export.check.ok')}</p>}
      {problems && problems.length > 0 && (
        <ul className={styles.list} aria-label={t('export.check.list')} data-testid="export-check-list">
          {problems.map((p, i) => (
            <li key={`${p.code}-${i}`} className={styles.item}>
              <Badge appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'}>
                {t(p.severity === 'error' ? 'export.check.error' : 'export.check.warning')}
              </Badge>
              <span className={styles.message}>{p.message}</span>
              {p.place.kind === 'chapter' ? (
                <a href="#/kapitler" onClick={() => p.place.kind === 'chapter' && selectChapter(p.place.chapterId)}>
                  {t('export.check.goChapter')}
                </a>
              ) : (
                <a href="#/plan">{t('export.check.goPlan')}</a>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
