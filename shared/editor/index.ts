// The headless editor model: schema, sanitising, and the Yjs form of chapter bodies.
export { planExtensions, planSchema } from './extensions';
export { isSafeHref } from './safeHref';
export { sanitizeRichText } from './sanitize';
export { withoutNullBreaks } from './nodes/paragraphBreak';
export { YJS_FIELD, diffToYUpdate, richTextToYUpdate, yDocFromUpdates, yStateToRichText } from './yjs';
export { chapterBodyAt, chapterDocAt, chapterSnapshot, isChapterSnapshot } from './yjsHistory';
export { SEARCH_CURRENT_CLASS, SEARCH_MATCH_CLASS, searchHighlightCount, showSearchHighlight, type SearchHitTarget } from './searchHighlight';
export { matchRanges, type TextRange } from './searchMatch';
