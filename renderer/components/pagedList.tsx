// Long lists beside a chapter drawn a page at a time: a returned plan can hold hundreds of suggestions and comments in
// one chapter, and drawing every entry with its buttons made opening a 300-page chapter with 500 of each take twice as
// long (bench suggestEditor). «Vis flere» draws the next page and moves focus to its first entry, so a keyboard or
// screen-reader user goes on reading where the list went on (the button itself may be gone after the last page).
// A list on screen the moment a chapter opens (the suggestions beside the text) can draw only what fits the first
// screen at once and the rest of its first page when the browser is next idle: its 50 entries with their buttons were
// a third of the open's extra cost (bench suggestEditor, CPU profiles).
import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { whenIdle } from '../app/whenIdle';

/** Entries drawn at first and added per «Vis flere». */
export const LIST_PAGE = 50;

/** What an entry of a paged list carries: it can take focus from script; the first of a new page takes it. */
export type EntryProps = { tabIndex: -1; ref?: (el: HTMLElement | null) => void };

export type PagedList<T> = {
  /** The entries to draw now. */
  shown: readonly T[];
  /** How many are not drawn yet. */
  rest: number;
  /** Draws the next page. */
  more(): void;
  /** Back to one page (another filter). */
  reset(): void;
  /** Props for the entry at `index`. */
  entryProps(index: number): EntryProps;
};

/** The longest the rest of a first page waits for the browser to be idle (ms). */
const REST_OF_FIRST_PAGE_AT_LATEST_MS = 1000;

/**
 * `firstScreen`: entries drawn at mount, until the browser is first idle (or «Vis flere» is pressed before that); then
 * the whole first page. Without it the first page is drawn at once.
 */
export function usePagedList<T>(items: readonly T[], options: { firstScreen?: number } = {}): PagedList<T> {
  const [drawn, setDrawn] = useState(LIST_PAGE);
  const [early, setEarly] = useState(options.firstScreen !== undefined);
  useEffect(() => (early ? whenIdle(() => setEarly(false), REST_OF_FIRST_PAGE_AT_LATEST_MS) : undefined), [early]);
  const focusAt = useRef<number | null>(null);
  const focusFirstNew = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    focusAt.current = null;
    el.focus();
  }, []);
  const shown = items.slice(0, early ? Math.min(drawn, options.firstScreen ?? drawn) : drawn);
  return {
    shown,
    rest: items.length - shown.length,
    more: () => {
      focusAt.current = shown.length;
      // Pressed before the rest of the first page was drawn: that rest is the next page.
      if (early) setEarly(false);
      else setDrawn(drawn + LIST_PAGE);
    },
    reset: () => setDrawn(LIST_PAGE),
    entryProps: (index) => (index === focusAt.current ? { tabIndex: -1, ref: focusFirstNew } : { tabIndex: -1 }),
  };
}

/** «Vis flere …» under a paged list, while entries are left; `label` names how many. */
export function ShowMoreButton({ list, label }: { list: PagedList<unknown>; label: (rest: number) => string }) {
  if (list.rest === 0) return null;
  return (
    <Button size="small" appearance="subtle" onClick={list.more} data-show-more={list.rest}>
      {label(list.rest)}
    </Button>
  );
}
