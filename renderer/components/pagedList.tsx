// Long lists beside a chapter drawn a page at a time: a returned plan can hold hundreds of suggestions and comments in
// one chapter, and drawing every entry with its buttons made opening a 300-page chapter with 500 of each take twice as
// long (bench suggestEditor). «Vis flere» draws the next page and moves focus to its first entry, so a keyboard or
// screen-reader user goes on reading where the list went on (the button itself may be gone after the last page).
import { Button } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';

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

export function usePagedList<T>(items: readonly T[]): PagedList<T> {
  const [drawn, setDrawn] = useState(LIST_PAGE);
  const focusAt = useRef<number | null>(null);
  const focusFirstNew = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    focusAt.current = null;
    el.focus();
  }, []);
  return {
    shown: items.slice(0, drawn),
    rest: Math.max(0, items.length - drawn),
    more: () => {
      focusAt.current = drawn;
      setDrawn(drawn + LIST_PAGE);
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
