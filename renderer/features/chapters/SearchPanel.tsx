// Search across the plan (search.query, FTS5) with context snippets; a hit opens its place: a chapter is selected, the
// matched word selected and every match marked in its editor; other hits go to the page that edits them. Replace-all is
// one step that Ctrl+Z takes back; every chapter it changed is read again from the file.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { SearchHit, SearchKind } from '../../../shared/api/calls/search';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { undo } from '../../commands/commandBus';
import { reloadChapters } from './chapterCommit';
import { useChaptersView } from './chaptersSlice';
import { settleEditor } from './editorSync';

const useStyles = makeStyles({
  panel: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: '12px', display: 'flex', flexDirection: 'column', gap: '8px' },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  row: { display: 'flex', gap: '4px', alignItems: 'flex-end', flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '50vh', overflowY: 'auto' },
  hit: { display: 'block', width: '100%', textAlign: 'left', height: 'auto', padding: '6px 8px', fontWeight: tokens.fontWeightRegular },
  label: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  snippet: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
});

/** The page where a hit that is not chapter text is edited. */
const PAGE_OF: Record<Exclude<SearchKind, 'chapter'>, string> = {
  plan: '#/plan',
  theme: '#/ansvarsmatrise',
  area: '#/ansvarsmatrise',
  areaNote: '#/ansvarsmatrise',
  group: '#/ansvarsmatrise',
  milestone: '#/tabeller',
  orgRole: '#/tabeller',
  law: '#/tabeller',
  document: '#/tabeller',
  measure: '#/tabeller',
  hearingParty: '#/horing',
  input: '#/horing',
};

export function openHit(hit: SearchHit): void {
  const { kind, id, block } = hit.location;
  const text = hit.snippet.find((part) => part.match)?.text;
  if (kind === 'chapter') useChaptersView.getState().select(id, { chapterId: id, block: block ?? 0, text });
  else window.location.hash = PAGE_OF[kind];
}

export function SearchPanel() {
  const styles = useStyles();
  const t = useT();
  const announce = useChaptersView((s) => s.announce);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [replaced, setReplaced] = useState(false);
  const setHighlight = useChaptersView((s) => s.setHighlight);
  // Leaving the page or closing the panel takes the marks out of the editor.
  useEffect(() => () => setHighlight(null), [setHighlight]);

  /** quiet: the hits are not announced (after replace-all, whose own announcement must not be cut off). */
  const search = async (q = query, { quiet = false } = {}) => {
    if (!q.trim()) return;
    setBusy(true);
    // The index is rebuilt from the file: what the editor still holds is written first.
    await settleEditor();
    const result = await api.call('search.query', { query: q.trim(), limit: 100 });
    setBusy(false);
    if (!result.ok) {
      usePlanStore.getState().showError(result.error);
      return;
    }
    setHits(result.value);
    setHighlight(q.trim());
    if (!quiet) announce(result.value.length === 0 ? t('chapters.noHits') : t('chapters.hits', { count: result.value.length }));
  };

  const replaceAll = async () => {
    if (!query.trim()) return;
    setBusy(true);
    await settleEditor();
    const result = await api.call('search.replaceAll', { query: query.trim(), replacement });
    setBusy(false);
    if (!result.ok) {
      usePlanStore.getState().showError(result.error);
      return;
    }
    await reloadChapters();
    setReplaced(result.value.replacements > 0);
    announce(t('chapters.replaced', { count: result.value.replacements }));
    await search(query, { quiet: true });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void search();
  };

  return (
    <aside className={styles.panel} aria-labelledby="chapter-search-heading">
      <h2 id="chapter-search-heading" className={styles.heading}>
        {t('chapters.search')}
      </h2>
      <form role="search" className={styles.row} onSubmit={submit}>
        <Field label={t('chapters.searchLabel')}>
          <Input
            id="chapter-search-field"
            type="search"
            value={query}
            autoFocus
            onChange={(_e, d) => {
              setQuery(d.value);
              // The marks belong to the query that was searched, not to what is being typed.
              setHighlight(null);
            }}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy || !query.trim()}>
          {t('chapters.searchButton')}
        </Button>
      </form>
      <div className={styles.row}>
        <Field label={t('chapters.replaceWith')}>
          <Input value={replacement} onChange={(_e, d) => setReplacement(d.value)} />
        </Field>
        <Button disabled={busy || !query.trim()} onClick={() => void replaceAll()}>
          {t('chapters.replaceAll')}
        </Button>
        {replaced && (
          <Button
            onClick={() => {
              setReplaced(false);
              void undo().then(() => search());
            }}
          >
            {t('chapters.undo')}
          </Button>
        )}
      </div>
      {hits && (
        <section aria-label={t('chapters.searchResults')}>
          <p>{hits.length === 0 ? t('chapters.noHits') : t('chapters.hits', { count: hits.length })}</p>
          <ul className={styles.list}>
            {hits.map((hit, i) => (
              <li key={`${hit.location.kind}:${hit.location.id}:${hit.location.field}:${hit.location.block ?? ''}:${i}`}>
                <Button appearance="subtle" className={styles.hit} onClick={() => openHit(hit)}>
                  <span className={styles.label}>{hit.label}</span>
                  <span className={styles.snippet}>
                    {hit.snippet.map((part, j) =>
                      part.match ? (
                        <mark key={j} className={styles.mark}>
                          {part.text}
                        </mark>
                      ) : (
                        <span key={j}>{part.text}</span>
                      ),
                    )}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div>
        <Button size="small" onClick={() => useChaptersView.getState().setSearchOpen(false)}>
          {t('chapters.closeSearch')}
        </Button>
      </div>
    </aside>
  );
}
