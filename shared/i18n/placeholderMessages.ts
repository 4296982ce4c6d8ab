// Example values shown in empty fields (a date's format, a file path), spread into nb/nn/en: «åååå» and «/sti/til»
// are Norwegian words, so the English UI gets its own.

export const placeholderNb = {
  'placeholder.date': 'dd.mm.åååå',
  'placeholder.matrixFile': '/sti/til/matrise.xlsx',
  'placeholder.measuresFile': '/sti/til/tiltak.xlsx',
  'placeholder.docxFile': '/sti/til/dokument.docx',
} as const;

type PlaceholderKeys = { readonly [K in keyof typeof placeholderNb]: string };

export const placeholderNn: PlaceholderKeys = {
  'placeholder.date': 'dd.mm.åååå',
  'placeholder.matrixFile': '/sti/til/matrise.xlsx',
  'placeholder.measuresFile': '/sti/til/tiltak.xlsx',
  'placeholder.docxFile': '/sti/til/dokument.docx',
};

export const placeholderEn: PlaceholderKeys = {
  'placeholder.date': 'dd.mm.yyyy',
  'placeholder.matrixFile': '/path/to/matrix.xlsx',
  'placeholder.measuresFile': '/path/to/measures.xlsx',
  'placeholder.docxFile': '/path/to/document.docx',
};
