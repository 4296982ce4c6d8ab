// How many entries of the suggestion list beside a chapter are drawn with its text (SuggestionPanel.tsx); the rest of
// the list's first page is drawn when the browser is idle.

/** The least an entry takes (one line of text) with the gap after it, and the panel's heading, filter and buttons above the list. */
const ENTRY_MIN_PX = 72;
const LIST_TOP_MIN_PX = 120;

/**
 * Entries drawn with the text: as many as a window this tall can show beside it (the rest of the first page is drawn
 * when the browser is idle). Each entry drawn below the window's edge cost ~0.3 ms of a long chapter's opening (a fixed
 * 12 drew 4–5 nobody could see in a 720–768 px window; bench suggestEditor).
 */
export function firstScreenEntries(windowHeight: number): number {
  return Math.max(1, Math.ceil((windowHeight - LIST_TOP_MIN_PX) / ENTRY_MIN_PX));
}
