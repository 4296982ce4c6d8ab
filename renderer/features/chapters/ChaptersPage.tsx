// Kapitler: the chapter tree with its numbers, status and groups (left), the selected chapter's editor (right), the
// search panel (Ctrl+F) and Word import. Word count per chapter in the editor, for the whole plan in the header.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Boundary } from '../../app/Boundary';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { whenIdle } from '../../app/whenIdle';
import { countWordsInJson } from '../../editor/wordCount';
import { ChapterSettings, TreeActions } from './ChapterSettings';
import { ChapterTree } from './ChapterTree';
import { buildChapterTree } from './chapterTree';
import { useChaptersView } from './chaptersSlice';
import { ChapterComments } from '../comments/ChapterComments';
import { EditorPane } from './EditorPane';
import { SearchPanel } from './SearchPanel';
import { WordImport } from './WordImport';

const useStyles = makeStyles({
  top: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap', marginBottom: '8px' },
  words: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
  layout: { display: 'grid', gridTemplateColumns: 'minmax(240px, 340px) minmax(0, 1fr)', gap: '24px', alignItems: 'start' },
  withSearch: { gridTemplateColumns: 'minmax(240px, 340px) minmax(0, 1fr) minmax(240px, 320px)' },
  side: { borderRight: `1px solid ${tokens.colorNeutralStroke2}`, paddingRight: '8px' },
  tree: { maxHeight: '55vh', overflowY: 'auto' },
  help: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: '0 0 4px' },
  // Wide enough for the whole editor toolbar on a large screen (about 1 030 px since «Foreslå endringer» joined it: the
  // layout E2E walks it at 1920 px); narrower panes move tools into its overflow menu.
  body: { maxWidth: '1080px', minWidth: 0 },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

export function ChaptersPage() {
  const styles = useStyles();
  const t = useT();
  const chapters = usePlanStore((s) => s.plan?.chapters);
  const tree = useMemo(() => buildChapterTree(chapters ?? []), [chapters]);
  const selectedId = useChaptersView((s) => s.selectedId);
  const searchOpen = useChaptersView((s) => s.searchOpen);
  const status = useChaptersView((s) => s.status);
  const selected = chapters?.find((c) => c.id === selectedId) ?? chapters?.find((c) => c.kind === 'chapter') ?? chapters?.[0] ?? null;
  const planWords = usePlanWords();
  // The page's notice («… er slettet. Ctrl+Z angrer.») ends with the page.
  useEffect(() => () => useChaptersView.getState().announce(''), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      useChaptersView.getState().setSearchOpen(true);
      // Already open: the field takes focus again.
      requestAnimationFrame(() => document.getElementById('chapter-search-field')?.focus());
    }
  };

  return (
    <div onKeyDown={onKeyDown}>
      <h1>{t('chapters.heading')}</h1>
      <div className={styles.top}>
        <Button size="small" onClick={() => useChaptersView.getState().setSearchOpen(!searchOpen)} aria-expanded={searchOpen} aria-keyshortcuts="Control+F">
          {t('chapters.search')}
        </Button>
        <WordImport />
        <span className={styles.words}>{t('chapters.wordsPlan', { count: planWords.toLocaleString('nb-NO') })}</span>
      </div>
      <div className={searchOpen ? `${styles.layout} ${styles.withSearch}` : styles.layout}>
        <nav aria-label={t('chapters.tree')} className={styles.side}>
          <p id="chapter-tree-help" className={styles.help}>
            {t('chapters.treeHelp')}
          </p>
          <TreeActions selected={selected} />
          {tree.length === 0 ? (
            <p>{t('chapters.empty')}</p>
          ) : (
            <div className={styles.tree}>
              <ChapterTree nodes={tree} selectedId={selected?.id ?? null} />
            </div>
          )}
          {selected && <ChapterSettings key={selected.id} chapter={selected} />}
        </nav>
        <section className={styles.body} aria-labelledby="chapter-heading">
          {selected ? (
            <>
              <h2 id="chapter-heading">{selected.title}</h2>
              <Boundary key={selected.id} fallback={<p>{t('chapters.bodyError')}</p>}>
                <EditorPane chapter={selected} />
              </Boundary>
              {selected.kind === 'chapter' && (
                <Boundary key={`comments-${selected.id}`} fallback={<p>{t('comments.paneError')}</p>}>
                  <ChapterComments chapter={selected} />
                </Boundary>
              )}
            </>
          ) : (
            <p id="chapter-heading">{t('chapters.select')}</p>
          )}
        </section>
        {searchOpen && <SearchPanel />}
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {status}
      </div>
    </div>
  );
}

/** Words of all chapters, from the bodies the cache holds (the open chapter's is refreshed when typing pauses). */
function usePlanWords(): number {
  const chapters = usePlanStore((s) => s.plan?.chapters);
  const [words, setWords] = useState(0);
  useEffect(() => {
    // Counted when the browser is idle: a long plan never delays a keystroke or the first paint.
    const run = () => setWords((chapters ?? []).reduce((n, c) => n + countWordsInJson(c.body), 0));
    return whenIdle(run);
  }, [chapters]);
  return words;
}
