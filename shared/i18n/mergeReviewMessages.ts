// UI strings of review in the merge (issue 15): per person the suggestions and comments a copy brings, «slå sammen som
// forslag», the authors of conflicting values and «bruk den andre verdien». Spread into nb/nn/en.

export const mergeReviewNb = {
  'mergeReview.caption': 'Forslag og kommentarer per person',
  'mergeReview.col.person': 'Person',
  'mergeReview.col.group': 'Gruppe',
  'mergeReview.col.suggestions': 'Forslag',
  'mergeReview.col.comments': 'Kommentarer',
  'mergeReview.asSuggestions': 'Slå sammen som forslag',
  'mergeReview.asSuggestionsHint': 'Endringer i kapitteltekst fra kopiene kommer inn som forslag du kan godta eller avvise.',
  'mergeReview.col.decide': 'Velg',
  'mergeReview.useOther': 'Bruk den andre verdien',
  'mergeReview.useOtherLabel': 'Bruk den andre verdien for {field} i {row}',
  'mergeReview.usedOther': 'Den andre verdien er brukt. Angre med Ctrl+Z.',
  'mergeReview.by': 'av {name}',
};

type MergeReviewMessages = { readonly [K in keyof typeof mergeReviewNb]: string };

export const mergeReviewNn: MergeReviewMessages = {
  'mergeReview.caption': 'Forslag og kommentarar per person',
  'mergeReview.col.person': 'Person',
  'mergeReview.col.group': 'Gruppe',
  'mergeReview.col.suggestions': 'Forslag',
  'mergeReview.col.comments': 'Kommentarar',
  'mergeReview.asSuggestions': 'Slå saman som forslag',
  'mergeReview.asSuggestionsHint': 'Endringar i kapitteltekst frå kopiane kjem inn som forslag du kan godta eller avvise.',
  'mergeReview.col.decide': 'Vel',
  'mergeReview.useOther': 'Bruk den andre verdien',
  'mergeReview.useOtherLabel': 'Bruk den andre verdien for {field} i {row}',
  'mergeReview.usedOther': 'Den andre verdien er brukt. Angre med Ctrl+Z.',
  'mergeReview.by': 'av {name}',
};

export const mergeReviewEn: MergeReviewMessages = {
  'mergeReview.caption': 'Suggestions and comments per person',
  'mergeReview.col.person': 'Person',
  'mergeReview.col.group': 'Group',
  'mergeReview.col.suggestions': 'Suggestions',
  'mergeReview.col.comments': 'Comments',
  'mergeReview.asSuggestions': 'Merge as suggestions',
  'mergeReview.asSuggestionsHint': 'Changes to chapter text from the copies arrive as suggestions you can accept or reject.',
  'mergeReview.col.decide': 'Choose',
  'mergeReview.useOther': 'Use the other value',
  'mergeReview.useOtherLabel': 'Use the other value for {field} in {row}',
  'mergeReview.usedOther': 'The other value is used. Undo with Ctrl+Z.',
  'mergeReview.by': 'by {name}',
};
