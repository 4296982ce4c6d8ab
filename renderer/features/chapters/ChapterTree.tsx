// The chapter tree (ARIA tree, roving tabindex): numbers, status and responsible group per item; keyboard to move,
// indent/outdent, rename inline (F2), delete (Delete) and undo; drag and drop to reorder and re-nest.
// Tab leaves the tree as everywhere else (no keyboard trap), so indent/outdent are Alt+→ / Alt+←.
import { Badge, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Chapter } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { onHistoryStep } from '../../commands/commandBus';
import { commitChapterChanges } from './chapterCommit';
import { flattenVisible, type ChapterNode } from './chapterTree';
import { useChaptersView } from './chaptersSlice';
import { deleteChapter, dropChapter, indentChapter, moveChapter, outdentChapter, updateChapter, type DropPlace } from './treeEdits';

const useStyles = makeStyles({
  tree: { listStyle: 'none', margin: 0, padding: 0 },
  item: { outline: 'none', borderRadius: tokens.borderRadiusMedium },
  focusRing: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' } },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: '6px',
    padding: '3px 6px',
    minHeight: '28px',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  part: { fontWeight: tokens.fontWeightSemibold, textTransform: 'none' },
  twisty: { width: '14px', flexShrink: 0, color: tokens.colorNeutralForeground2 },
  number: { minWidth: '32px', color: tokens.colorNeutralForeground2 },
  title: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  meta: { display: 'flex', gap: '4px', flexShrink: 0, fontSize: tokens.fontSizeBase100 },
  dropBefore: { boxShadow: `inset 0 2px 0 ${tokens.colorBrandStroke1}` },
  dropAfter: { boxShadow: `inset 0 -2px 0 ${tokens.colorBrandStroke1}` },
  dropInside: { outline: `2px dashed ${tokens.colorBrandStroke1}` },
});

type Props = { nodes: ChapterNode[]; selectedId: string | null };
type DropHint = { id: string; place: DropPlace } | null;

const STATUS_COLOR = { utkast: 'informative', 'til-gjennomsyn': 'warning', ferdig: 'success' } as const;
const itemSelector = (id: string) => `[role="treeitem"][data-chapter-id="${CSS.escape(id)}"]`;

export function ChapterTree({ nodes, selectedId }: Props) {
  const styles = useStyles();
  const t = useT();
  const chapters = usePlanStore((s) => s.plan?.chapters);
  const groups = usePlanStore((s) => s.plan?.groups);
  const select = useChaptersView((s) => s.select);
  const announce = useChaptersView((s) => s.announce);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<DropHint>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const visible = useMemo(() => flattenVisible(nodes, collapsed), [nodes, collapsed]);
  const depth = useMemo(() => depthOf(nodes), [nodes]);
  const groupName = useMemo(() => new Map((groups ?? []).map((g) => [g.id, g.name])), [groups]);
  const tabStop = visible.some((n) => n.chapter.id === focusedId) ? focusedId : (selectedId ?? visible[0]?.chapter.id ?? null);

  // Keep keyboard focus on the item after a move re-renders the tree.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    treeRef.current?.querySelector<HTMLElement>(itemSelector(refocus.current))?.focus();
    refocus.current = null;
  });
  // Ctrl+Z in the tree is the app's one history handler's (renderer/commands/historyKeys.ts): focus returns to the
  // item once the step is done and the plan is read again.
  const historyFocus = useRef<string | null>(null);
  useEffect(
    () =>
      onHistoryStep(() => {
        const id = historyFocus.current;
        historyFocus.current = null;
        if (id) requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(itemSelector(id))?.focus());
      }),
    [],
  );

  const focusItem = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    treeRef.current?.querySelector<HTMLElement>(itemSelector(id))?.focus();
  };

  const apply = (id: string, changes: ReturnType<typeof moveChapter>, message?: string) => {
    if (!commitChapterChanges(changes)) return;
    refocus.current = id;
    if (message) announce(message);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (renamingId || !chapters) return;
    const id = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.chapterId;
    const index = visible.findIndex((n) => n.chapter.id === id);
    const node = visible[index];
    if (!id || !node) return;
    const chapter = node.chapter;
    const key = e.key;
    const ctrl = e.ctrlKey || e.metaKey;
    let handled = true;
    if (ctrl && !e.altKey && (key.toLowerCase() === 'z' || key.toLowerCase() === 'y')) {
      handled = false;
      historyFocus.current = id;
    } else if (e.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      apply(id, moveChapter(chapters, id, key === 'ArrowUp' ? -1 : 1), t('chapters.moved', { title: chapter.title }));
    } else if (e.altKey && key === 'ArrowRight') {
      apply(id, indentChapter(chapters, id), t('chapters.moved', { title: chapter.title }));
    } else if (e.altKey && key === 'ArrowLeft') {
      apply(id, outdentChapter(chapters, id), t('chapters.moved', { title: chapter.title }));
    } else if (ctrl || e.altKey) {
      handled = false;
    } else if (key === 'ArrowDown') focusItem(visible[index + 1]?.chapter.id);
    else if (key === 'ArrowUp') focusItem(visible[index - 1]?.chapter.id);
    else if (key === 'Home') focusItem(visible[0]?.chapter.id);
    else if (key === 'End') focusItem(visible[visible.length - 1]?.chapter.id);
    else if (key === 'ArrowRight') {
      if (node.children.length === 0) handled = false;
      else if (collapsed.has(id)) setCollapsed(without(collapsed, id));
      else focusItem(node.children[0]?.chapter.id);
    } else if (key === 'ArrowLeft') {
      if (node.children.length > 0 && !collapsed.has(id)) setCollapsed(new Set([...collapsed, id]));
      else focusItem(chapter.parentId ?? undefined);
    } else if (key === 'Enter' || key === ' ') select(id);
    else if (key === 'F2') setRenamingId(id);
    else if (key === 'Delete') {
      const next = visible[index + 1]?.chapter.id ?? visible[index - 1]?.chapter.id;
      if (commitChapterChanges(deleteChapter(chapters, id))) {
        announce(t('chapters.deleted', { title: chapter.title }));
        refocus.current = next ?? null;
        if (selectedId === id && next) select(next);
      }
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const onDragOver = (e: DragEvent<HTMLElement>, target: Chapter) => {
    if (!dragId || dragId === target.id) return;
    e.preventDefault();
    e.stopPropagation();
    const box = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - box.top) / Math.max(1, box.height);
    const place: DropPlace = y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside';
    if (dropHint?.id !== target.id || dropHint.place !== place) setDropHint({ id: target.id, place });
  };
  const onDrop = (e: DragEvent<HTMLElement>, target: Chapter) => {
    e.preventDefault();
    e.stopPropagation();
    if (dragId && chapters && dropHint?.id === target.id) {
      const moved = chapters.find((c) => c.id === dragId);
      apply(dragId, dropChapter(chapters, dragId, target.id, dropHint.place), moved ? t('chapters.moved', { title: moved.title }) : undefined);
    }
    setDragId(null);
    setDropHint(null);
  };

  const finishRename = (chapter: Chapter, title: string | null) => {
    setRenamingId(null);
    refocus.current = chapter.id;
    if (title !== null && title.trim()) commitChapterChanges(updateChapter(chapter, { title: title.trim() }));
  };

  // Flat treeitems with aria-level (allowed by WAI-ARIA): each item's name is its own row, never its sub-chapters' text.
  const items = visible.map((node) => {
      const level = depth.get(node.chapter.id) ?? 1;
      const c = node.chapter;
      const expanded = node.children.length > 0 ? !collapsed.has(c.id) : undefined;
      const hint = dropHint?.id === c.id ? dropHint.place : null;
      const rowClass = [
        styles.row,
        c.id === selectedId ? styles.selected : '',
        c.kind === 'part' ? styles.part : '',
        hint === 'before' ? styles.dropBefore : hint === 'after' ? styles.dropAfter : hint === 'inside' ? styles.dropInside : '',
      ].join(' ');
      return (
        <li
          key={c.id}
          role="treeitem"
          aria-level={level}
          aria-expanded={expanded}
          aria-selected={c.id === selectedId}
          aria-setsize={node.siblings}
          aria-posinset={node.position}
          data-chapter-id={c.id}
          tabIndex={c.id === tabStop ? 0 : -1}
          className={`${styles.item} ${styles.focusRing}`}
          style={{ paddingLeft: `${(level - 1) * 14}px` }}
          onFocus={() => setFocusedId(c.id)}
          draggable={renamingId !== c.id}
          onDragStart={(e) => {
            e.dataTransfer.setData('text/plain', c.title);
            e.dataTransfer.effectAllowed = 'move';
            setDragId(c.id);
          }}
          onDragEnd={() => {
            setDragId(null);
            setDropHint(null);
          }}
        >
          <div className={rowClass} onClick={() => select(c.id)} onDragOver={(e) => onDragOver(e, c)} onDrop={(e) => onDrop(e, c)}>
            <span
              className={styles.twisty}
              aria-hidden="true"
              onClick={(e) => {
                if (expanded === undefined) return;
                e.stopPropagation();
                setCollapsed(expanded ? new Set([...collapsed, c.id]) : without(collapsed, c.id));
              }}
            >
              {expanded === undefined ? '' : expanded ? '▾' : '▸'}
            </span>
            <span id={`${domId(c.id)}-name`} className={styles.title}>
              {node.label && <span className={styles.number}>{`${node.label} `}</span>}
              {renamingId === c.id ? (
                <RenameField chapter={c} label={t('chapters.renameLabel', { title: c.title })} onDone={(title) => finishRename(c, title)} />
              ) : (
                c.title || '—'
              )}
            </span>
            <span id={`${domId(c.id)}-meta`} className={styles.meta}>
              {c.kind === 'chapter' && (
                <Badge size="small" appearance="tint" color={STATUS_COLOR[c.status]}>
                  {t(`chapters.status.${c.status}`)}
                </Badge>
              )}
              {c.groupId && groupName.has(c.groupId) && (
                <Badge size="small" appearance="outline" color="subtle">
                  {groupName.get(c.groupId)}
                </Badge>
              )}
            </span>
          </div>
        </li>
      );
    });

  return (
    <ul role="tree" aria-label={t('chapters.tree')} aria-describedby="chapter-tree-help" className={styles.tree} ref={treeRef} onKeyDown={onKeyDown}>
      {items}
    </ul>
  );
}

/** Each chapter's level in the tree (1 at the top). */
function depthOf(nodes: readonly ChapterNode[], level = 1, into = new Map<string, number>()): Map<string, number> {
  for (const n of nodes) {
    into.set(n.chapter.id, level);
    depthOf(n.children, level + 1, into);
  }
  return into;
}

/** Chapter ids are UUIDs (or seeded ids); the prefix keeps the element id valid and unique on the page. */
const domId = (id: string) => `chapter-tree-${id}`;

function without(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  next.delete(id);
  return next;
}

function RenameField({ chapter, label, onDone }: { chapter: Chapter; label: string; onDone: (title: string | null) => void }) {
  const [value, setValue] = useState(chapter.title);
  const done = useRef(false);
  const finish = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(title);
  };
  return (
    <Input
      size="small"
      aria-label={label}
      value={value}
      autoFocus
      onChange={(_e, d) => setValue(d.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(value);
        else if (e.key === 'Escape') finish(null);
      }}
      onBlur={() => finish(value)}
    />
  );
}
