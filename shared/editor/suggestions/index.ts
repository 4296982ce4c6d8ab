// Suggested changes in chapter bodies: the transform of suggestion mode, the list, accept/reject.
export { toSuggestion, suggestDifferences, type SuggestContext } from './suggestionTransform';
export { BREAK_TEXT, listSuggestions, suggestionAuthors, type SuggestionEntry, type SuggestionFilter } from './suggestionList';
export { decideSuggestions, SUGGESTION_DECISION, type Decision } from './suggestionDecide';
export { suggestedJoin, suggestedSplit } from './breakSuggest';
