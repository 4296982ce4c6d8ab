// UI strings of the cover's own fields on the Plan page: the plan's name and status line are shown as written.

export const coverNb = {
  'cover.titleHint': 'Slik står navnet på forsiden, i bunnteksten og som dokumenttittel. Skriv med plantype og periode hvis de skal stå der.',
  'cover.statusLine': 'Statuslinje på forsiden',
  'cover.statusLineHint': 'Står under tittelen på forsiden. Tomt felt gir ingen statuslinje.',
  'cover.suggest': 'Bruk forslaget for fasen: «{text}»',
};

export const coverNn: Record<keyof typeof coverNb, string> = {
  'cover.titleHint': 'Slik står namnet på framsida, i botnteksten og som dokumenttittel. Skriv med plantype og periode viss dei skal stå der.',
  'cover.statusLine': 'Statuslinje på framsida',
  'cover.statusLineHint': 'Står under tittelen på framsida. Tomt felt gir inga statuslinje.',
  'cover.suggest': 'Bruk framlegget for fasen: «{text}»',
};

export const coverEn: Record<keyof typeof coverNb, string> = {
  'cover.titleHint': 'The name exactly as it appears on the cover, in the footer and as the document title. Include the plan type and period if they belong there.',
  'cover.statusLine': 'Status line on the cover',
  'cover.statusLineHint': 'Shown under the title on the cover. Leave empty for no status line.',
  'cover.suggest': 'Use the suggestion for the phase: “{text}”',
};
