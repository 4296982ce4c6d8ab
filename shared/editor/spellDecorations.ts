// Spell-check marks in the editor: misspelled words and målform slips drawn as decorations (never marks: nothing is
// written to the chapter, its Yjs state or the plan file). A keystroke only maps the drawn decorations and notes the
// top-level block it touched; when typing pauses, the plugin view sends the touched blocks' text to the checker (a
// Web Worker in the renderer) and draws its answer, so typing never waits for the dictionary. A chapter just opened
// is checked in bounded pieces, nearest the cursor first.
import { Extension, getChangedRanges } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { SpellFinding } from '../spell/checkText';
import type { LanguageSpan, SpellBlock } from '../spell/spellBlocks';
import { installDecorationLookup } from './decorationLookup';
import { LANGUAGE_MARK } from './marks/language';
import { blockText, posOf } from './searchHighlight';

export const SPELL_ERROR_CLASS = 'plan-spell-error';
export const SPELL_MALFORM_CLASS = 'plan-spell-malform';

/** Checks blocks (text + passages in the other målform); answers one list of findings per block. Rejects or never answers: nothing is drawn. */
export type SpellChecker = (blocks: SpellBlock[]) => Promise<SpellFinding[][]>;

/** A top-level block as the checker sees it: blockText's text and its passages under the language mark. */
export function spellBlockOf(block: PmNode, start: number): SpellBlock {
  const { text, segments } = blockText(block, start);
  const spans: LanguageSpan[] = [];
  let i = 0;
  block.descendants((node) => {
    if (!node.isText) return true;
    const seg = segments[i++]!;
    const lang = node.marks.find((m) => m.type.name === LANGUAGE_MARK)?.attrs.lang as LanguageSpan['lang'] | undefined;
    if (lang === 'nb' || lang === 'nn') spans.push({ from: seg.offset, to: seg.offset + seg.length, lang });
    return false;
  });
  return spans.length ? { text, spans } : { text };
}

type Range = { from: number; to: number };
/** `generation` counts «check everything again» (language or word list changed): an answer asked before is dropped. */
type SpellState = { decorations: DecorationSet; dirty: Range[]; generation: number };
/** An answer is keyed by the block nodes asked about: ProseMirror shares unchanged nodes between states, so a block
 *  still the same object is still the text that was checked, wherever typing has moved it meanwhile. */
type Answer = { generation: number; blocks: Map<PmNode, SpellFinding[]> };
type Meta = { recheckAll: true } | { answer: Answer };

export const spellKey = new PluginKey<SpellState>('planSpell');

/** At most this much text (characters) per request to the checker: a long chapter is checked in bounded pieces, so
 *  no message, no worker turn and no redraw of the answer grows with the chapter, and a word typed meanwhile waits
 *  for one piece only. */
export const SPELL_CHUNK_CHARS = 20_000;

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** `ranges` without what `covered` (sorted, merged) covers; an empty range inside or at the edge of a covered one goes too. */
function subtractRanges(ranges: Range[], covered: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    if (covered.some((c) => c.from <= r.from && c.to >= r.to)) continue;
    let from = r.from;
    for (const c of covered) {
      if (c.to <= from || c.from >= r.to) continue;
      if (c.from > from) out.push({ from, to: c.from });
      from = Math.max(from, c.to);
    }
    if (from < r.to || (from === r.from && r.from === r.to)) out.push({ from, to: r.to });
  }
  return out;
}

/** A range overlaps a block; an empty one (a deletion) also touches the blocks it lies between. */
const overlaps = (r: Range, from: number, to: number) => (r.from === r.to ? r.from >= from && r.from <= to : r.from < to && r.to > from);

/** The top-level blocks that overlap `ranges`: [block, its start]. */
function blocksIn(doc: PmNode, ranges: Range[]): [PmNode, number][] {
  const out: [PmNode, number][] = [];
  let offset = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const end = offset + block.nodeSize;
    if (ranges.some((r) => overlaps(r, offset, end))) out.push([block, offset]);
    offset = end;
  }
  return out;
}

/** The next request: the waiting blocks nearest the cursor first (what the adviser sees and types), up to SPELL_CHUNK_CHARS. */
function nextChunk(waiting: [PmNode, number][], head: number): [PmNode, number][] {
  const distance = ([block, start]: [PmNode, number]) => (head < start ? start - head : Math.max(0, head - (start + block.nodeSize)));
  const nearest = [...waiting].sort((a, b) => distance(a) - distance(b));
  const chunk: [PmNode, number][] = [];
  let chars = 0;
  for (const entry of nearest) {
    if (chunk.length > 0 && chars + entry[0].content.size > SPELL_CHUNK_CHARS) break;
    chunk.push(entry);
    chars += entry[0].content.size;
  }
  return chunk;
}

function decorationsFor(block: PmNode, start: number, findings: SpellFinding[]): Decoration[] {
  const { segments } = blockText(block, start);
  return findings.map((f) =>
    Decoration.inline(posOf(segments, f.from), posOf(segments, f.to - 1) + 1, {
      class: f.kind === 'malform' ? `${SPELL_ERROR_CLASS} ${SPELL_MALFORM_CLASS}` : SPELL_ERROR_CLASS,
      'data-spell-word': f.word,
    }, { finding: f }),
  );
}

function applyAnswer(doc: PmNode, state: SpellState, answer: Answer): SpellState {
  // Asked before the language or a word list changed: everything is being checked again anyway.
  if (answer.generation !== state.generation) return state;
  let { decorations } = state;
  const covered: Range[] = [];
  let start = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const findings = answer.blocks.get(block);
    // A block changed while the worker checked it is a new node: it is not in the answer and stays dirty.
    if (findings) {
      decorations = decorations.remove(decorations.find(start, start + block.nodeSize));
      decorations = decorations.add(doc, decorationsFor(block, start, findings));
      covered.push({ from: start, to: start + block.nodeSize });
    }
    start += block.nodeSize;
  }
  return { ...state, decorations, dirty: subtractRanges(state.dirty, mergeRanges(covered)) };
}

function apply(tr: Transaction, prev: SpellState): SpellState {
  const meta = tr.getMeta(spellKey) as Meta | undefined;
  const doc = tr.doc;
  if (meta && 'recheckAll' in meta) return { decorations: DecorationSet.empty, dirty: [{ from: 0, to: doc.content.size }], generation: prev.generation + 1 };
  let state = prev;
  if (tr.docChanged) {
    const dirty = prev.dirty.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
    for (const { newRange } of getChangedRanges(tr)) dirty.push({ from: newRange.from, to: newRange.to });
    state = { ...prev, decorations: prev.decorations.map(tr.mapping, doc), dirty: mergeRanges(dirty) };
  }
  return meta && 'answer' in meta ? applyAnswer(doc, state, meta.answer) : state;
}

/** True while some text is waiting to be checked (a keystroke's block, or a chapter just opened). */
export const spellPending = (state: EditorState): boolean => (spellKey.getState(state)?.dirty.length ?? 0) > 0;

/**
 * Runs the checker over the dirty blocks, one bounded request at a time: after a keystroke only once typing has
 * paused for `idleMs`; a chapter just opened, piece after piece until all of it is checked.
 */
class SpellView {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private busy = false;
  private destroyed = false;
  private lastEdit: number;

  constructor(
    private view: EditorView,
    private check: SpellChecker,
    private idleMs: number,
  ) {
    this.lastEdit = Date.now();
    this.schedule();
  }

  update(view: EditorView, prev: EditorState): void {
    if (view.state.doc !== prev.doc) {
      this.lastEdit = Date.now();
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
    }
    this.schedule();
  }

  /** Sets the timer for the next request, if text waits and none is set or running. */
  private schedule(): void {
    if (this.timer || this.busy || this.destroyed || !spellPending(this.view.state)) return;
    const wait = Math.max(0, this.lastEdit + this.idleMs - Date.now());
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    this.timer = null;
    if (this.busy || this.destroyed) return;
    const state = this.view.state;
    const own = spellKey.getState(state);
    if (!own?.dirty.length) return;
    const chunk = nextChunk(blocksIn(state.doc, own.dirty), state.selection.head);
    const blocks = chunk.map(([block, start]) => spellBlockOf(block, start));
    this.busy = true;
    try {
      const answers = await this.check(blocks);
      if (this.destroyed) return;
      const answer: Answer = { generation: own.generation, blocks: new Map(chunk.map(([block], i) => [block, answers[i] ?? []])) };
      this.view.dispatch(this.view.state.tr.setMeta(spellKey, { answer } satisfies Meta).setMeta('addToHistory', false));
    } catch {
      // No dictionary (the worker failed to load): the text is simply not underlined.
      return;
    } finally {
      this.busy = false;
    }
    this.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

export type SpellOptions = { check: SpellChecker | null; idleMs: number };

export function spellPlugin(options: SpellOptions): Plugin<SpellState> {
  // Underlines in hundreds of blocks would otherwise cost every keystroke a scan of them all.
  installDecorationLookup();
  return new Plugin<SpellState>({
    key: spellKey,
    state: {
      init: (_config, state) => ({ decorations: DecorationSet.empty, dirty: [{ from: 0, to: state.doc.content.size }], generation: 0 }),
      apply,
    },
    view: (view) => (options.check ? new SpellView(view, options.check, options.idleMs) : {}),
    props: { decorations: (state) => spellKey.getState(state)?.decorations ?? DecorationSet.empty },
  });
}

/** Check again from scratch: the language or a word list changed. */
export const recheckSpelling = (state: EditorState): Transaction => state.tr.setMeta(spellKey, { recheckAll: true } satisfies Meta).setMeta('addToHistory', false);

/** The flagged word at a document position, with its range. */
export function spellFindingAt(state: EditorState, pos: number): { from: number; to: number; finding: SpellFinding } | null {
  const found = spellKey.getState(state)?.decorations.find(pos, pos, (spec) => 'finding' in spec) ?? [];
  const d = found[0];
  return d ? { from: d.from, to: d.to, finding: (d.spec as { finding: SpellFinding }).finding } : null;
}

/** The language a passage marked as the other målform gives the word at `pos` (its first letter), or null. */
export function spellLanguageAt(state: EditorState, pos: number): LanguageSpan['lang'] | null {
  const lang = state.doc.nodeAt(pos)?.marks.find((m) => m.type.name === LANGUAGE_MARK)?.attrs.lang;
  return lang === 'nb' || lang === 'nn' ? lang : null;
}

export const SpellCheck = Extension.create<SpellOptions>({
  name: 'spellCheck',
  addOptions: () => ({ check: null, idleMs: 300 }),
  addProseMirrorPlugins() {
    return [spellPlugin(this.options)];
  },
});
