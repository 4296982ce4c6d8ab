// Headers and footers of one section. With a municipality template, each of its parts (default, first page) stands in
// for ours through a placeholder that templatePackage.ts fills after packing; every section gets its own, so landscape
// sections carry the template's parts too. Without the part, the profile's own header (watermark) and footer remain.
// The cover is the first page of section one: it shows the template's first-page parts only, never our page footer.
import { Footer, Header, Paragraph, TextRun } from 'docx';
import { templateMarker } from './templatePackage';
import type { WordTemplate } from './wordTemplate';

export type SectionChrome = {
  headers?: { default?: Header; first?: Header };
  footers: { default: Footer; first?: Footer };
};

type ChromeInput = {
  /** The first section, whose first page is the cover. */
  cover: boolean;
  template?: WordTemplate | undefined;
  /** Our watermark paragraph, kept on every page whoever draws the header. */
  watermark?: Paragraph | undefined;
  /** The profile's footer for this section's page width. */
  footer: () => Footer;
};

const placeholder = (kind: 'header' | 'footer', slot: 'default' | 'first', extra: Paragraph[]) => {
  const children = [new Paragraph({ children: [new TextRun(templateMarker(kind, slot))] }), ...extra];
  return kind === 'header' ? new Header({ children }) : new Footer({ children });
};

export function sectionChrome({ cover, template, watermark, footer }: ChromeInput): SectionChrome {
  const marks = watermark ? [watermark] : [];
  const header = (slot: 'default' | 'first'): Header | undefined =>
    template?.headers[slot] ? (placeholder('header', slot, marks) as Header) : watermark ? new Header({ children: marks }) : undefined;
  const defaultHeader = header('default');
  const firstHeader = cover ? header('first') : undefined;
  const headers = defaultHeader || firstHeader ? { default: defaultHeader, first: firstHeader } : undefined;
  const defaultFooter = template?.footers.default ? (placeholder('footer', 'default', []) as Footer) : footer();
  const firstFooter = template?.footers.first ? (placeholder('footer', 'first', []) as Footer) : new Footer({ children: [new Paragraph({})] });
  return { headers, footers: { default: defaultFooter, ...(cover ? { first: firstFooter } : {}) } };
}
