// The live validation panel: validateMatrix's findings, each a button that takes focus to its cell, row or column.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { validateMatrix, type MatrixFinding } from '../../../shared/matrix/validate';
import { orderMatrix } from '../../../shared/matrix/order';
import type { PlanContent } from '../../../shared/domain/planView';
import { useFindingText, useT } from '../../app/i18n';
import { useMatrixUi, type ActiveCell } from './matrixUiStore';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '220px', overflowY: 'auto' },
  item: { padding: '2px 0' },
  finding: { textAlign: 'left', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, marginRight: '6px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, marginRight: '6px' },
});

/** Where a finding points: its cell when it names area and group, else the row, else the theme's first row or a group column. */
export function findingTarget(plan: PlanContent, f: MatrixFinding): ActiveCell | null {
  const { rowsByTheme } = orderMatrix(plan);
  switch (f.kind) {
    case 'theme-without-oph':
      return rowsByTheme.get(f.themeId)?.[0] ? { areaId: rowsByTheme.get(f.themeId)![0]!.area.id, groupId: null } : null;
    case 'theme-with-several-oph':
      return f.areaIds[0] ? { areaId: f.areaIds[0], groupId: null } : null;
    case 'area-without-responsibility':
      return { areaId: f.areaId, groupId: null };
    case 'oph-on-non-overarching-row':
    case 'empty-text':
      return { areaId: f.areaId, groupId: f.groupId };
    case 'group-without-responsibility': {
      const first = [...rowsByTheme.values()].flat()[0];
      return first ? { areaId: first.area.id, groupId: f.groupId } : null;
    }
  }
}

export function ValidationPanel({ plan }: { plan: PlanContent }) {
  const styles = useStyles();
  const t = useT();
  const say = useFindingText();
  const findings = useMemo(() => validateMatrix(plan), [plan]);
  const go = (f: MatrixFinding) => {
    const target = findingTarget(plan, f);
    if (!target) return;
    const ui = useMatrixUi.getState();
    // A filtered-out row cannot take focus: show everything again first.
    ui.setFilter({ groupId: null, search: '' });
    ui.setView('edit');
    ui.setActive(target, true);
  };
  return (
    <section aria-labelledby="matrix-validation-heading" data-testid="matrix-validation">
      <h2 id="matrix-validation-heading">{t('matrix.validation.heading', { count: findings.length })}</h2>
      <div aria-live="polite" className="sr-summary">
        {findings.length === 0 ? <p>{t('matrix.validation.none')}</p> : null}
      </div>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={`${f.kind}:${i}`} className={styles.item}>
            <Button appearance="transparent" className={styles.finding} onClick={() => go(f)} data-kind={f.kind}>
              <span className={f.severity === 'feil' ? styles.error : styles.warning}>{f.severity === 'feil' ? t('matrix.validation.error') : t('matrix.validation.warning')}</span>
              {say(f.text)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
