// The generated project description table (Plannavn … Organisering), live from the frame, milestones and
// organisation, in the plan's målform: the same rows the export's live block renders.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { projectDescriptionRows } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300, maxWidth: '1000px', width: '100%', marginBottom: '24px' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  th: { textAlign: 'left', verticalAlign: 'top', padding: '6px 10px', width: '220px', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: '6px 10px', border: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'top' },
  list: { margin: 0, paddingLeft: '18px' },
});

export function ProjectDescription() {
  const styles = useStyles();
  const t = useT();
  const frame = usePlanStore((s) => s.plan?.plan);
  const milestones = usePlanStore((s) => s.plan?.milestones);
  const orgRoles = usePlanStore((s) => s.plan?.orgRoles);
  const rows = useMemo(
    () => (frame && milestones && orgRoles ? projectDescriptionRows({ plan: frame, milestones, orgRoles }) : []),
    [frame, milestones, orgRoles],
  );
  return (
    <table className={styles.table} lang={frame?.malform} data-testid="project-description">
      <caption className={styles.caption}>{t('plan.projectDescription')}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={styles.th}>
              {row.label}
            </th>
            <td className={styles.td}>
              {row.lines.length > 1 ? (
                <ul className={styles.list}>
                  {row.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              ) : (
                (row.lines[0] ?? '')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
