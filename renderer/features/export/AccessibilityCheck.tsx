// «Sjekk før eksport»: the findings export.check lists (shared/document/planCheck.ts), each with a link to its place.
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { PlanFinding } from '../../../shared/document/planCheck';
import { api } from '../../api/client';
import { useFindingText, useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useChaptersView } from '../chapters/chaptersSlice';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: '8px 0 16px', maxWidth: '1000px' },
  item: { display: 'flex', gap: '8px', alignItems: 'baseline', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  message: { flex: '1 1 300px' },
});

export function AccessibilityCheck() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const [problems, setProblems] = useState<PlanFinding[] | null>(null);
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

  const errors = problems?.filter((p) => p.severity === 'error') ?? [];
  const warnings = problems?.filter((p) => p.severity === 'warning') ?? [];
  return (
    <>
      <p>{t('export.check.help')}</p>
      <Button onClick={check}>{t('export.check.run')}</Button>
      {error && <p role="alert">{error.message}</p>}
      {problems && problems.length === 0 && <p data-testid="export-check-ok">{t('export.check.ok')}</p>}
      {errors.length > 0 && <FindingList findings={errors} label={t('export.check.list')} testId="export-check-list" />}
      {warnings.length > 0 && (
        // Warnings can be many (one per empty matrix text): folded, so the page stays quick to cross by keyboard.
        <details data-testid={errors.length === 0 ? 'export-check-list' : undefined}>
          <summary>{t('check.warnings', { count: warnings.length })}</summary>
          <FindingList findings={warnings} label={t('check.warnings', { count: warnings.length })} />
        </details>
      )}
    </>
  );
}

function FindingList({ findings, label, testId }: { findings: PlanFinding[]; label: string; testId?: string }) {
  const styles = useStyles();
  const t = useT();
  const say = useFindingText();
  const selectChapter = useChaptersView((s) => s.select);
  return (
    <ul className={styles.list} aria-label={label} data-testid={testId}>
      {findings.map((p, i) => (
        <li key={`${p.code}-${i}`} className={styles.item}>
          <Badge appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'}>
            {t(p.severity === 'error' ? 'export.check.error' : 'export.check.warning')}
          </Badge>
          <span className={styles.message}>{say(p.text)}</span>
          <a href={p.href} onClick={() => p.target.page === 'chapters' && selectChapter(p.target.chapterId)}>
            {t(`check.go.${p.target.page}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
