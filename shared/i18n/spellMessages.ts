// UI strings of the spell-check (the editor's context menu on a flagged word), spread into nb/nn/en.

export const spellNb = {
  'spell.menu': 'Stavekontroll',
  'spell.noSuggestions': '(ingen forslag)',
  'spell.loading': 'Henter forslag …',
  'spell.addToPlan': 'Legg til i ordlisten',
  'spell.addToPersonal': 'Legg til i min ordliste',
  'spell.malformHint': 'Ikke {malform}',
  'spell.misspelledHint': 'Ukjent ord',
  'spell.malform.nb': 'bokmål',
  'spell.malform.nn': 'nynorsk',
};

export const spellNn: Record<keyof typeof spellNb, string> = {
  'spell.menu': 'Stavekontroll',
  'spell.noSuggestions': '(ingen framlegg)',
  'spell.loading': 'Hentar framlegg …',
  'spell.addToPlan': 'Legg til i ordlista',
  'spell.addToPersonal': 'Legg til i mi ordliste',
  'spell.malformHint': 'Ikkje {malform}',
  'spell.misspelledHint': 'Ukjent ord',
  'spell.malform.nb': 'bokmål',
  'spell.malform.nn': 'nynorsk',
};

export const spellEn: Record<keyof typeof spellNb, string> = {
  'spell.menu': 'Spelling',
  'spell.noSuggestions': '(no suggestions)',
  'spell.loading': 'Finding suggestions …',
  'spell.addToPlan': 'Add to the plan’s word list',
  'spell.addToPersonal': 'Add to my word list',
  'spell.malformHint': 'Not {malform}',
  'spell.misspelledHint': 'Unknown word',
  'spell.malform.nb': 'Bokmål',
  'spell.malform.nn': 'Nynorsk',
};
