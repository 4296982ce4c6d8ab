// The footer line: "title · version" at the left, "Side X av Y" at the right, on one line on every page. A long title
// is shortened (at a word, with an ellipsis) so the line never wraps, in the DOCX as in the PDF.
import { PORTRAIT_TEXT_WIDTH_PT } from './tableLayout';
import { textWidthPt } from './textWidth';

/** The footer's size in every renderer (the PDF's page margin boxes, the DOCX footer's runs). */
export const FOOTER_FONT_PT = 8;
/** Room between the left text and the page number. */
const GAP_PT = 18;
const ELLIPSIS = '…';

const fits = (text: string, widthPt: number): boolean => textWidthPt(text, FOOTER_FONT_PT) <= widthPt;

/** The widest "Side X av Y" can be: three-digit page numbers. */
export function pageNumberWidthPt(pageWord: string, ofWord: string): number {
  return textWidthPt(`${pageWord} 000 ${ofWord} 000`, FOOTER_FONT_PT);
}

/** Directional isolates (U+2066–2068) the cut left open are closed, so the version after the title keeps its direction. */
function closeIsolates(text: string): string {
  const open = (text.match(/[\u2066-\u2068]/g) ?? []).length - (text.match(/\u2069/g) ?? []).length;
  return open > 0 ? `${text}${'\u2069'.repeat(open)}` : text;
}

/** Cuts text at a word so that it, with an ellipsis, is at most widthPt wide; at a letter when a single word is too long. */
function shorten(text: string, widthPt: number): string {
  if (fits(text, widthPt)) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words.slice(0, n).join(' ').replace(/[\s,.:;·–-]+$/u, '')}${ELLIPSIS}`;
    if (fits(cut, widthPt)) return closeIsolates(cut);
  }
  const letters = [...text];
  while (letters.length > 1 && !fits(`${letters.join('')}${ELLIPSIS}`, widthPt)) letters.pop();
  return closeIsolates(`${letters.join('')}${ELLIPSIS}`);
}

/**
 * The footer's left text for the narrowest page (portrait): the title shortened first, so the version stays whole;
 * only a version too long on its own is shortened too.
 */
export function footerText(title: string, version: string, pageWord: string, ofWord: string): string {
  const room = PORTRAIT_TEXT_WIDTH_PT - pageNumberWidthPt(pageWord, ofWord) - GAP_PT;
  if (!version) return shorten(title, room);
  const separator = ' · ';
  const full = `${title}${separator}${version}`;
  if (fits(full, room)) return full;
  const titleRoom = room - textWidthPt(`${separator}${version}`, FOOTER_FONT_PT);
  // A title cut to less than a few words says nothing: then the whole line is shortened instead.
  if (titleRoom > room / 3) return `${shorten(title, titleRoom)}${separator}${version}`;
  return shorten(full, room);
}
