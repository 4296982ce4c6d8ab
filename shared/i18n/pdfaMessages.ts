// UI strings of the Eksport page's PDF/A choice (archival PDF for Noark archives), spread into nb/nn/en like the other
// feature files.

export const pdfaNb = {
  'export.pdfa': 'Arkivformat',
  'export.pdfa.label': 'PDF/A-2 for arkivet (Noark)',
  'export.pdfa.hint': 'Med merking for skjermlesere, innebygde skrifter og metadata. Gjelder bare PDF.',
};

export const pdfaNn: Record<keyof typeof pdfaNb, string> = {
  'export.pdfa': 'Arkivformat',
  'export.pdfa.label': 'PDF/A-2 for arkivet (Noark)',
  'export.pdfa.hint': 'Med merking for skjermlesarar, innebygde skrifter og metadata. Gjeld berre PDF.',
};

export const pdfaEn: Record<keyof typeof pdfaNb, string> = {
  'export.pdfa': 'Archive format',
  'export.pdfa.label': 'PDF/A-2 for the archive (Noark)',
  'export.pdfa.hint': 'Tagged for screen readers, with embedded fonts and metadata. PDF only.',
};
