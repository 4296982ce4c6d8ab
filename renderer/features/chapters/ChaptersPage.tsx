// Kapitler: the chapter tree with its numbers, and the selected chapter's text (read-only until the editor issue).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Component, useMemo, useState, type ReactNode } from 'react';
import { ARROW_ITEM, moveFocusWithArrows } from '../../components/arrowKeys';
import type { Asset } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { ChapterBody } from './ChapterBody';
import { buildChapterTree, type ChapterNode } from './chapterTree';
import { useChaptersView } from './chaptersSlice';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(220px, 320px) 1fr', gap: '24px', alignItems: 'start' },
  tree: { maxHeight: '70vh', overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke2}`, paddingRight: '8px' },
  list: { listStyle: 'none', margin: 0, paddingLeft: '12px' },
  rootList: { listStyle: 'none', margin: 0, padding: 0 },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', fontWeight: tokens.fontWeightRegular, minHeight: '28px' },
  part: { fontWeight: tokens.fontWeightSemibold },
  number: { display: 'inline-block', minWidth: '44px', color: tokens.colorNeutralForeground2 },
  body: { maxWidth: '760px', lineHeight: tokens.lineHeightBase400 },
});

const NO_ASSETS: readonly Asset[] = [];

export function ChaptersPage() {
  const styles = useStyles();
  const t = useT();
  const chapters = usePlanStore((s) => s.plan?.chapters);
  const assets = usePlanStore((s) => s.plan?.assets ?? NO_ASSETS);
  const tree = useMemo(() => buildChapterTree(chapters ?? []), [chapters]);
  const selectedId = useChaptersView((s) => s.selectedId);
  // One Tab stop for the whole tree (roving tabindex); arrow keys move inside it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const selected = chapters?.find((c) => c.id === selectedId) ?? chapters?.find((c) => c.kind === 'chapter') ?? null;

  return (
    <>
      <h1>{t('chapters.heading')}</h1>
      {tree.length === 0 ? (
        <p>{t('chapters.empty')}</p>
      ) : (
        <div className={styles.layout}>
          <nav aria-label={t('chapters.tree')} className={styles.tree}>
            <ul className={styles.rootList} onKeyDown={moveFocusWithArrows}>
              <ChapterItems nodes={tree} selectedId={selected?.id ?? null} tabStopId={focusedId ?? selected?.id ?? tree[0]?.chapter.id ?? null} onFocusItem={setFocusedId} />
            </ul>
          </nav>
          <section className={styles.body} aria-labelledby="chapter-heading">
            {selected ? (
              <>
                <h2 id="chapter-heading">{selected.title}</h2>
                <BodyBoundary key={selected.id} fallback={<p>{t('chapters.bodyError')}</p>}>
                  <ChapterBody chapter={selected} assets={assets} />
                </BodyBoundary>
              </>
            ) : (
              <p id="chapter-heading">{t('chapters.select')}</p>
            )}
          </section>
        </div>
      )}
    </>
  );
}

type ItemsProps = { nodes: ChapterNode[]; selectedId: string | null; tabStopId: string | null; onFocusItem: (id: string) => void };

function ChapterItems({ nodes, selectedId, tabStopId, onFocusItem }: ItemsProps) {
  const styles = useStyles();
  const select = useChaptersView((s) => s.select);
  return nodes.map((node) => (
    <li key={node.chapter.id}>
      <Button
        appearance={node.chapter.id === selectedId ? 'secondary' : 'subtle'}
        className={node.chapter.kind === 'part' ? `${styles.item} ${styles.part}` : styles.item}
        aria-current={node.chapter.id === selectedId ? 'true' : undefined}
        onClick={() => select(node.chapter.id)}
        onFocus={() => onFocusItem(node.chapter.id)}
        tabIndex={node.chapter.id === tabStopId ? 0 : -1}
        {...{ [ARROW_ITEM]: '' }}
      >
        {node.label && <span className={styles.number}>{node.label}</span>}
        {node.chapter.title}
      </Button>
      {node.children.length > 0 && (
        <ul className={styles.list}>
          <ChapterItems nodes={node.children} selectedId={selectedId} tabStopId={tabStopId} onFocusItem={onFocusItem} />
        </ul>
      )}
    </li>
  ));
}

/** A body the editor cannot show must not take the page down with it. */
class BodyBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
