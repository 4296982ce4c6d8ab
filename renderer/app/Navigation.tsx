// The left navigation: a nav landmark of real links; Tab reaches each, arrow keys move between them too.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ARROW_ITEM, moveFocusWithArrows } from '../components/arrowKeys';
import { useT } from './i18n';
import { ROUTES, type PageId } from './routes';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: '12px 8px', display: 'flex', flexDirection: 'column', gap: '2px' },
  link: {
    display: 'block',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
});

export function Navigation({ current }: { current: PageId }) {
  const styles = useStyles();
  const t = useT();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className={styles.list} onKeyDown={moveFocusWithArrows}>
        {ROUTES.map((route) => (
          <li key={route.id}>
            <a
              href={route.path}
              {...{ [ARROW_ITEM]: '' }}
              className={mergeClasses(styles.link, route.id === current && styles.current)}
              aria-current={route.id === current ? 'page' : undefined}
            >
              {t(route.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
