// A municipality's Word template as the DOCX renderer takes it: its styles, theme and header/footer parts, already
// read and checked by the services (electron/services/profile/wordTemplateFile.ts). Only these parts ever leave the
// template's file; its body, macros, embedded objects and settings stay behind.

/** A relationship of a header or footer part: a picture in the template, or a web link. Nothing else is kept. */
export type TemplateRel = { id: string; kind: 'image' | 'hyperlink'; target: string };

/** A header or footer: its XML, its relationships, and the pictures they name (by target, e.g. `media/image1.png`). */
export type TemplatePart = { xml: string; rels: TemplateRel[]; media: Record<string, Uint8Array> };

export type TemplateSlots = { default?: TemplatePart; first?: TemplatePart };

export type WordTemplate = {
  /** word/styles.xml, or null when the template has none (then only its headers and footers are used). */
  styles: string | null;
  /** word/theme/theme1.xml: the fonts and colours its styles may refer to by theme name. */
  theme: string | null;
  headers: TemplateSlots;
  footers: TemplateSlots;
};

/** The roles of our document that a template may style, and how Word and LibreOffice name them (lower case, no spaces). */
export const STYLE_ROLES = {
  Normal: ['normal', 'standard'],
  Title: ['title', 'tittel'],
  Heading1: ['heading1', 'overskrift1'],
  Heading2: ['heading2', 'overskrift2'],
  Heading3: ['heading3', 'overskrift3'],
  Caption: ['caption', 'bildetekst', 'bilettekst', 'beskrivelse'],
} as const;
export type StyleRole = keyof typeof STYLE_ROLES | 'Table';

/** The table style names taken as the template's table style when it has no custom one (Word's «Table Grid»). */
export const TABLE_STYLE_NAMES = ['tablegrid', 'tabellrutenett', 'tabellrutenett1'];

export const normalizeStyleName = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');
