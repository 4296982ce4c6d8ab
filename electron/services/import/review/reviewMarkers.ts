// Word's tracked changes and comment ranges travel through mammoth (which drops deletions and comment ranges) as
// marker text: Unicode noncharacters, which no document holds as text and which HTML, DOMPurify and ProseMirror keep as
// they are. The importer turns them back into suggestion marks and comment positions (reviewMarks.ts).

/** `break`: a paragraph mark Word changed on its own (paragraphMarks.ts), at the end of its paragraph; one edge only. */
export type MarkerKind = 'ins' | 'del' | 'comment' | 'break';
export type MarkerEdge = 'start' | 'end';
export type Marker = { kind: MarkerKind; edge: MarkerEdge; index: number };

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const CODES: Record<MarkerKind, Record<MarkerEdge, string>> = {
  ins: { start: 'i', end: 'I' },
  del: { start: 'd', end: 'D' },
  comment: { start: 'c', end: 'C' },
  break: { start: 'b', end: 'B' },
};
const BY_CODE = new Map<string, { kind: MarkerKind; edge: MarkerEdge }>(
  (Object.keys(CODES) as MarkerKind[]).flatMap((kind) => (['start', 'end'] as const).map((edge) => [CODES[kind][edge], { kind, edge }] as const)),
);

/** Every Unicode noncharacter of the block the markers use: a document's own ones are removed before markers go in. */
export const NONCHARACTERS = /[\uFDD0-\uFDEF]/g;
const MARKER = /\uFDD0([iIdDcCbB])(\d{1,9})\uFDD1/g;

export function markerText(kind: MarkerKind, edge: MarkerEdge, index: number): string {
  return `${OPEN}${CODES[kind][edge]}${index}${CLOSE}`;
}

/** The text split into plain pieces and markers, in order (empty pieces left out). */
export function splitMarkers(text: string): Array<string | Marker> {
  const out: Array<string | Marker> = [];
  let last = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const { kind, edge } = BY_CODE.get(m[1]!)!;
    out.push({ kind, edge, index: Number(m[2]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The text without markers (what a reader of the document sees). */
export function stripMarkers(text: string): string {
  return text.replace(MARKER, '');
}
