// The suggestions beside a chapter: each open suggestion (author in their colour, insert/delete, the text, the date)
// with Godta/Avvis, and Godta alle/Avvis alle for everyone, one person or one working group. Decisions are editor
// transactions, so they reach the file through Yjs like typing and Ctrl+Z undoes them. The list is read when the text
// has been still for a moment, never on the keystroke.
import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Editor } from '@tiptap/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { decideSuggestions, listSuggestions, suggestionAuthors, type Decision, type SuggestionEntry, type SuggestionFilter } from '../../shared/editor/suggestions';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { useT } from '../app/i18n';
import { ShowMoreButton, usePagedList } from '../components/pagedList';
import { useEditorLabels } from './labels';
import { firstScreenEntries } from './suggestionFirstScreen';
import { authorColour } from './suggestionMarks';

const useStyles = makeStyles({
  panel: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 0.75rem', minWidth: '16rem', maxWidth: '20rem', flex: '0 0 18rem' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.5rem' },
  item: { borderLeft: '4px solid', paddingLeft: '0.5rem' },
  text: { display: 'block', background: 'none', border: 'none', padding: 0, textAlign: 'left', cursor: 'pointer', font: 'inherit', color: 'inherit' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: '0.25rem', flexWrap: 'wrap', marginTop: '0.25rem' },
});

const LIST_DELAY_MS = 300;

function useOpenSuggestions(editor: Editor): SuggestionEntry[] {
  const [entries, setEntries] = useState(() => listSuggestions(editor.state.doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => !editor.isDestroyed && setEntries(listSuggestions(editor.state.doc)), LIST_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);
  return entries;
}

/** The «Vis forslag fra» choice: everyone, one person (p:id) or one working group (g:name). */
function filterOf(choice: string): SuggestionFilter {
  if (choice.startsWith('p:')) return { authorId: choice.slice(2) };
  if (choice.startsWith('g:')) return { authorGroup: choice.slice(2) };
  return {};
}

function shown(entry: SuggestionEntry, filter: SuggestionFilter): boolean {
  return (filter.authorId === undefined || entry.authorId === filter.authorId) && (filter.authorGroup === undefined || entry.authorGroup === filter.authorGroup);
}

export function SuggestionPanel({ editor, modeOn }: { editor: Editor; modeOn: boolean }) {
  const styles = useStyles();
  const t = useT();
  const L = useEditorLabels();
  const headingId = useId();
  const filterId = useId();
  const entries = useOpenSuggestions(editor);
  const [choice, setChoice] = useState('all');
  const [status, setStatus] = useState('');
  const authors = useMemo(() => suggestionAuthors(entries), [entries]);
  const groups = useMemo(() => [...new Set(authors.flatMap((a) => (a.authorGroup ? [a.authorGroup] : [])))], [authors]);
  const filter = filterOf(choice);
  const visible = useMemo(() => entries.filter((e) => shown(e, filterOf(choice))), [entries, choice]);
  // Godta alle / Avvis alle act on every suggestion the filter shows, drawn or not.
  const paged = usePagedList(visible, { firstScreen: firstScreenEntries(window.innerHeight) });
  if (entries.length === 0 && !modeOn) return null;
  const whoName = choice.startsWith('p:') ? (authors.find((a) => a.authorId === choice.slice(2))?.authorName ?? '') : choice.slice(2);

  const decide = (decision: Decision, f: SuggestionFilter) => {
    const tr = editor.state.tr;
    const count = decideSuggestions(tr, decision, f);
    if (count === 0) return;
    // A decision is one undo step of its own: Yjs would otherwise fold it into the typing just before it.
    const undo = (yUndoPluginKey.getState(editor.state) as { undoManager?: { stopCapturing: () => void } } | undefined)?.undoManager;
    undo?.stopCapturing();
    editor.view.dispatch(tr);
    undo?.stopCapturing();
    setStatus(t('suggest.decided', { count: new Set(listSuggestions(tr.before).filter((e) => matches(e, f)).map((e) => e.id)).size }));
  };
  const select = (e: SuggestionEntry) => {
    editor.chain().focus().setTextSelection({ from: e.from, to: e.to }).scrollIntoView().run();
  };
  const kindLabel = (e: SuggestionEntry) =>
    e.paragraphBreak
      ? t(e.kind === 'insertion' ? 'suggest.breakInserted' : 'suggest.breakDeleted')
      : e.move
        ? t(e.kind === 'insertion' ? 'suggest.movedTo' : 'suggest.movedFrom')
        : e.kind === 'insertion'
          ? t('suggest.inserted')
          : t('suggest.deleted');
  // A move's two halves share its id: deciding either decides both.
  const one = (e: SuggestionEntry): SuggestionFilter => (e.move ? { ids: [e.id] } : { ids: [e.id], kind: e.kind });

  return (
    <aside className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('suggest.listHeading', { count: entries.length })}</h3>
      {entries.length === 0 ? (
        <p>{t('suggest.none')}</p>
      ) : (
        <>
          <label htmlFor={filterId}>{t('suggest.filter')}</label>
          <Select
            id={filterId}
            value={choice}
            onChange={(_, d) => {
              setChoice(d.value);
              paged.reset();
            }}
          >
            <option value="all">{t('suggest.everyone')}</option>
            {authors.map((a) => (
              <option key={a.authorId} value={`p:${a.authorId}`}>
                {a.authorName}
              </option>
            ))}
            {groups.map((g) => (
              <option key={g} value={`g:${g}`}>
                {t('suggest.groupOption', { group: g })}
              </option>
            ))}
          </Select>
          <div className={styles.row}>
            <Button size="small" onClick={() => decide('accept', filter)}>
              {choice === 'all' ? t('suggest.acceptAll') : t('suggest.acceptFiltered', { who: whoName })}
            </Button>
            <Button size="small" onClick={() => decide('reject', filter)}>
              {choice === 'all' ? t('suggest.rejectAll') : t('suggest.rejectFiltered', { who: whoName })}
            </Button>
          </div>
          <ul className={styles.list}>
            {paged.shown.map((e, i) => (
              <li key={`${e.kind}:${e.id}`} className={styles.item} style={{ borderLeftColor: authorColour(e.authorId) }} data-suggestion-entry={e.id} {...paged.entryProps(i)}>
                <span className={styles.meta}>
                  <span style={{ color: authorColour(e.authorId) }}>{e.authorName}</span> · {kindLabel(e)} · {L.suggestTitles.date(e.date)}
                </span>
                <button type="button" className={styles.text} onClick={() => select(e)}>
                  {e.kind === 'insertion' ? <ins>{e.text}</ins> : <del>{e.text}</del>}
                </button>
                <div className={styles.row}>
                  <Button size="small" aria-label={t('suggest.acceptOne', { author: e.authorName, kind: kindLabel(e), text: e.text })} onClick={() => decide('accept', one(e))}>
                    {t('suggest.accept')}
                  </Button>
                  <Button size="small" aria-label={t('suggest.rejectOne', { author: e.authorName, kind: kindLabel(e), text: e.text })} onClick={() => decide('reject', one(e))}>
                    {t('suggest.reject')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <ShowMoreButton list={paged} label={(count) => t('suggest.showMore', { count })} />
        </>
      )}
      <p role="status" className={styles.meta}>
        {status}
      </p>
    </aside>
  );
}

function matches(e: SuggestionEntry, f: SuggestionFilter): boolean {
  return (!f.ids || f.ids.includes(e.id)) && (!f.kind || e.kind === f.kind) && shown(e, f);
}
