// Reads which page each named destination (an HTML id Chromium turned into a PDF link target) lands on, straight from
// the PDF bytes Chromium (Skia) writes: a classic xref table, an uncompressed page tree and a /Dests dictionary.
// Used between the two print passes to put page numbers in Innhold. Returns an empty map for anything it does not
// recognise (e.g. object streams), so the PDF is then printed without page numbers instead of failing.

type Objects = Map<number, string>;

/** Object number → its dictionary text (up to `stream` or `endobj`), located through the xref table. */
function readObjects(pdf: string): Objects {
  const objects: Objects = new Map();
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.slice(-64));
  if (!start) return objects;
  const xref = pdf.slice(Number(start[1]));
  if (!xref.startsWith('xref')) return objects;
  const sections = /^xref\s+([\s\S]*?)trailer/.exec(xref)?.[1] ?? '';
  const lines = sections.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
  let number = 0;
  for (const line of lines) {
    const header = /^(\d+) (\d+)$/.exec(line);
    if (header) {
      number = Number(header[1]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(line);
    if (!entry) return new Map();
    if (entry[3] === 'n') {
      const offset = Number(entry[1]);
      const head = pdf.slice(offset, offset + 200_000);
      const body = /^\d+ \d+ obj\s*([\s\S]*?)(?:\bstream\r?\n|\bendobj)/.exec(head);
      if (body) objects.set(number, body[1]!);
    }
    number++;
  }
  return objects;
}

const ref = (text: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(text);
  return m ? Number(m[1]) : null;
};

/** Page object numbers in document order (depth-first through /Kids). */
function pageOrder(objects: Objects, root: number): number[] {
  const pages: number[] = [];
  const visit = (n: number, depth: number): void => {
    const dict = objects.get(n);
    if (!dict || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
      for (const m of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(m[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(dict)) pages.push(n);
  };
  visit(root, 0);
  return pages;
}

/** PDF name escapes (#xx) back to characters: our ids (h12, tabell-3) never need them, but a name may carry them. */
const unescapeName = (name: string): string => name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Named destination → 1-based page number. */
export function readDestinationPages(bytes: Uint8Array): Map<string, number> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((d) => /\/Type\s*\/Catalog\b/.test(d));
  if (!catalog) return new Map();
  const pagesRoot = ref(catalog, 'Pages');
  const destsRef = ref(catalog, 'Dests');
  const dests = destsRef === null ? undefined : objects.get(destsRef);
  if (pagesRoot === null || !dests) return new Map();
  const pageIndex = new Map(pageOrder(objects, pagesRoot).map((n, i) => [n, i + 1]));
  const result = new Map<string, number>();
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageIndex.get(Number(m[2]));
    if (page !== undefined) result.set(unescapeName(m[1]!), page);
  }
  return result;
}
