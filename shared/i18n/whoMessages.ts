// UI strings of «who changed what» beside the rows (issue 15 «Who»: «Endret av», a field's history) and of the comment
// panes on matrix cells and areas, table rows and hearing inputs, with the plan-wide list's «Sted» filter.
// Spread into nb/nn/en like the other feature files.

export const whoNb = {
  'who.cellSection': 'Celle: {name}',
  'who.cellLevel': 'Ansvarsnivå',
  'who.hasComments': 'Har kommentarer',
  'who.rowSection': 'Valgt rad: {name}',
  'who.noRow': 'Velg en rad i tabellen for å se hvem som endret den, og kommentarene til den.',
  'who.newComment': 'Ny kommentar',
  'who.filterPlace': 'Sted',
  'who.place.chapters': 'Alle kapitler',
  'who.place.matrix': 'Ansvarsmatrisen',
  'who.place.hearing': 'Høring',
  'who.place.tables': 'Tabeller',
  'who.place.chapter': 'Kapittel «{name}»',
  'who.goTo': 'Gå til',
  'who.goToLabel': 'Gå til {place}',
  'who.tombstone': 'Slettet',
} as const;

type WhoMessages = { readonly [K in keyof typeof whoNb]: string };

export const whoNn: WhoMessages = {
  'who.cellSection': 'Celle: {name}',
  'who.cellLevel': 'Ansvarsnivå',
  'who.hasComments': 'Har kommentarar',
  'who.rowSection': 'Vald rad: {name}',
  'who.noRow': 'Vel ei rad i tabellen for å sjå kven som endra ho, og kommentarane til ho.',
  'who.newComment': 'Ny kommentar',
  'who.filterPlace': 'Stad',
  'who.place.chapters': 'Alle kapittel',
  'who.place.matrix': 'Ansvarsmatrisa',
  'who.place.hearing': 'Høyring',
  'who.place.tables': 'Tabellar',
  'who.place.chapter': 'Kapittel «{name}»',
  'who.goTo': 'Gå til',
  'who.goToLabel': 'Gå til {place}',
  'who.tombstone': 'Sletta',
};

export const whoEn: WhoMessages = {
  'who.cellSection': 'Cell: {name}',
  'who.cellLevel': 'Responsibility level',
  'who.hasComments': 'Has comments',
  'who.rowSection': 'Selected row: {name}',
  'who.noRow': 'Select a row in the table to see who changed it, and its comments.',
  'who.newComment': 'New comment',
  'who.filterPlace': 'Place',
  'who.place.chapters': 'All chapters',
  'who.place.matrix': 'Responsibility matrix',
  'who.place.hearing': 'Hearing',
  'who.place.tables': 'Tables',
  'who.place.chapter': 'Chapter “{name}”',
  'who.goTo': 'Go to',
  'who.goToLabel': 'Go to {place}',
  'who.tombstone': 'Deleted',
};
