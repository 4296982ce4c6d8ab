// A moved passage in Word's own terms: the suggestion whose deletion and insertion share one id (a Word move imported,
// shared/editor/suggestions/suggestionList.ts) is written as w:moveFrom/w:moveTo runs inside one named move container
// per side (w:moveFromRangeStart … w:moveFromRangeEnd, the same w:name on both sides), so Word shows and decides it as
// one move; apart, a reader would see an unrelated deletion and insertion.
import { BuilderElement, TextRun, type IRunOptions, type ParagraphChild, type XmlComponent } from 'docx';
import type { DocModel, TrackedChange } from '../model';
import { forEachInline } from '../review';

type Side = 'moveFrom' | 'moveTo';
type Container = { name: string; id: number; runs: number; seen: number };

/** Per move and side: the container's name and id, and how many runs it holds (start before the first, end after the last). */
export type DocxMoves = Map<string, Record<Side, Container>>;

const sideOf = (change: TrackedChange): Side => (change.kind === 'del' ? 'moveFrom' : 'moveTo');

export function docxMoves(model: DocModel, nextId: () => number): DocxMoves {
  const runs = new Map<string, Record<TrackedChange['kind'], number>>();
  forEachInline(model, (r) => {
    if (r.kind !== 'text' || !r.change?.suggestion) return;
    const counts = runs.get(r.change.suggestion) ?? { ins: 0, del: 0 };
    counts[r.change.kind]++;
    runs.set(r.change.suggestion, counts);
  });
  const moves: DocxMoves = new Map();
  for (const [suggestion, counts] of runs) {
    if (counts.ins === 0 || counts.del === 0) continue;
    const name = `move${moves.size + 1}`;
    moves.set(suggestion, { moveFrom: { name, id: nextId(), runs: counts.del, seen: 0 }, moveTo: { name, id: nextId(), runs: counts.ins, seen: 0 } });
  }
  return moves;
}

/** The run as moved content with its container's edges around it, or null when its suggestion is no move. */
export function movedRun(
  moves: DocxMoves,
  change: TrackedChange,
  run: IRunOptions & { text: string },
  mark: { id: number; author: string; date?: string },
): { before: ParagraphChild[]; run: ParagraphChild; after: ParagraphChild[] } | null {
  const container = change.suggestion ? moves.get(change.suggestion)?.[sideOf(change)] : undefined;
  if (!container) return null;
  const side = sideOf(change);
  const first = container.seen++ === 0;
  const last = container.seen === container.runs;
  const revision = { id: mark.id, author: mark.author, ...(mark.date ? { date: mark.date } : {}) };
  return {
    before: first ? [element(`w:${side}RangeStart`, { id: container.id, author: mark.author, ...(mark.date ? { date: mark.date } : {}), name: container.name })] : [],
    run: element(`w:${side}`, revision, [new TextRun(run)]),
    after: last ? [element(`w:${side}RangeEnd`, { id: container.id })] : [],
  };
}

function element(name: string, attrs: Record<string, string | number>, children: XmlComponent[] = []): ParagraphChild {
  const attributes = Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, { key: `w:${key}`, value }]));
  return new BuilderElement({ name, attributes, children }) as unknown as ParagraphChild;
}
