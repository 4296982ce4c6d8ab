// UI strings of review in the merge (issue 15): per person the suggestions and comments a copy brings, «slå sammen som
// forslag», the authors of conflicting values and «bruk den andre verdien». Spread into nb/nn/en.

export const mergeReviewNb = {
  'mergeReview.caption': 'Forslag og kommentarer per person',
  'mergeReview.col.person': 'Person',
  'mergeReview.col.group': 'Gruppe',
  'mergeReview.col.suggestions': 'Forslag',
  'mergeReview.col.comments': 'Kommentarer',
};

type MergeReviewMessages = { readonly [K in keyof typeof mergeReviewNb]: string };

export const mergeReviewNn: MergeReviewMessages = {
  'mergeReview.caption': 'Forslag og kommentarar per person',
  'mergeReview.col.person': 'Person',
  'mergeReview.col.group': 'Gruppe',
  'mergeReview.col.suggestions': 'Forslag',
  'mergeReview.col.comments': 'Kommentarar',
};

export const mergeReviewEn: MergeReviewMessages = {
  'mergeReview.caption': 'Suggestions and comments per person',
  'mergeReview.col.person': 'Person',
  'mergeReview.col.group': 'Group',
  'mergeReview.col.suggestions': 'Suggestions',
  'mergeReview.col.comments': 'Comments',
};
