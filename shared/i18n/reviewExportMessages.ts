// UI strings of the Eksport page's review choice («med kommentarer og forslag»: Word's tracked changes and comments),
// spread into nb/nn/en like the other feature files.

export const reviewExportNb = {
  'export.review': 'Gjennomgang',
  'export.review.label': 'Med kommentarer og forslag',
  'export.review.hint': 'Foreslåtte endringer blir sporede endringer og kommentarene følger med, slik Word viser dem. Uten dette blir dokumentet rent.',
};

export const reviewExportNn: Record<keyof typeof reviewExportNb, string> = {
  'export.review': 'Gjennomgang',
  'export.review.label': 'Med kommentarar og forslag',
  'export.review.hint': 'Føreslegne endringar blir spora endringar og kommentarane følgjer med, slik Word viser dei. Utan dette blir dokumentet reint.',
};

export const reviewExportEn: Record<keyof typeof reviewExportNb, string> = {
  'export.review': 'Review',
  'export.review.label': 'With comments and suggestions',
  'export.review.hint': 'Suggested changes become tracked changes and the comments come along, as Word shows them. Without this the document is clean.',
};
