// The frame around every page: header (plan, save status, settings), navigation, error banner and the current page.
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { CommentsPage } from '../features/comments/CommentsPage';
import { ExportPage } from '../features/export/ExportPage';
import { HearingPage } from '../features/hearing/HearingPage';
import { MergePage } from '../features/merge/MergePage';
import { ComparePage } from '../features/compare/ComparePage';
import { MatrixPage } from '../features/matrix/MatrixPage';
import { PlanPage } from '../features/plan/PlanPage';
import { StartPage } from '../features/start/StartPage';
import { TablesPage } from '../features/tables/TablesPage';
import { VersionsPage } from '../features/versions/VersionsPage';
import { ErrorBanner } from './ErrorBanner';
import { FrameHeader } from './FrameHeader';
import { Navigation } from './Navigation';
import { useT } from './i18n';
import { usePlanStore } from './planStore';
import { Boundary } from './Boundary';
import { usePage, type PageId } from './routes';

const useStyles = makeStyles({
  frame: { display: 'grid', gridTemplateColumns: '220px 1fr', gridTemplateRows: 'auto 1fr', minHeight: '100vh' },
  header: { gridColumn: '1 / 3' },
  nav: { backgroundColor: tokens.colorNeutralBackground2, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: '16px 32px 48px', minWidth: 0, ':focus': { outline: 'none' } },
});

// The chapter page brings Tiptap and ProseMirror: loaded on first visit, so opening a plan paints sooner.
const ChaptersPage = lazy(() => import('../features/chapters/ChaptersPage').then((m) => ({ default: m.ChaptersPage })));

const PAGES: Record<PageId, ComponentType> = {
  plan: PlanPage,
  matrix: MatrixPage,
  chapters: ChaptersPage,
  tables: TablesPage,
  hearing: HearingPage,
  comments: CommentsPage,
  export: ExportPage,
  merge: MergePage,
  compare: ComparePage,
  start: StartPage,
  versions: VersionsPage,
};

export function AppFrame() {
  const styles = useStyles();
  const t = useT();
  const route = usePage();
  const loadState = usePlanStore((s) => s.loadState);
  const title = usePlanStore((s) => s.plan?.plan.title);
  const Page = PAGES[route];

  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);

  return (
    <div className={styles.frame}>
      <div className={styles.header}>
        <FrameHeader />
      </div>
      <div className={styles.nav}>
        <Navigation current={route} />
      </div>
      <main className={styles.main} id="main">
        <ErrorBanner />
        {loadState === 'loading' && <p>{t('app.loading')}</p>}
        {/* Without an open plan every address shows the start screen. */}
        {loadState === 'no-plan' && <StartPage />}
        {loadState === 'ready' && (
          <Boundary key={route} fallback={<p role="alert">{t('app.pageError')}</p>}>
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <Page />
            </Suspense>
          </Boundary>
        )}
      </main>
    </div>
  );
}
