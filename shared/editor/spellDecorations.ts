// Spell-check marks in the editor: misspelled words and målform slips drawn as decorations (never marks: nothing is
// written to the chapter, its Yjs state or the plan file). A keystroke only maps the drawn decorations and notes the
// top-level block it touched; when typing pauses, the plugin view sends the touched blocks' text to the checker (a
// Web Worker in the renderer) and draws its answer, so typing never waits for the dictionary.
import { Extension, getChangedRanges } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { SpellFinding } from '../spell/checkText';
import type { LanguageSpan, SpellBlock } from '../spell/spellBlocks';
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

/** The key an answer is matched by: a block changed while the worker checked it is not the one answered. */
const blockKey = (b: SpellBlock): string => (b.spans ? JSON.stringify(b) : b.text);

type Range = { from: number; to: number };
type SpellState = { decorations: DecorationSet; dirty: Range[]; version: number };
type Meta = { recheckAll: true } | { answer: { ranges: Range[]; blocks: Map<string, SpellFinding[]> } };

export const spellKey = new PluginKey<SpellState>('planSpell');

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

/** The top-level blocks that overlap `ranges`: [block, its start]. */
function blocksIn(doc: PmNode, ranges: Range[]): [PmNode, number][] {
  const out: [PmNode, number][] = [];
  let offset = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const end = offset + block.nodeSize;
    if (ranges.some((r) => r.from <= end && r.to >= offset)) out.push([block, offset]);
    offset = end;
  }
  return out;
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

function apply(tr: Transaction, prev: SpellState): SpellState {
  const meta = tr.getMeta(spellKey) as Meta | undefined;
  const doc = tr.doc;
  if (meta && 'recheckAll' in meta) return { decorations: DecorationSet.empty, dirty: [{ from: 0, to: doc.content.size }], version: prev.version + 1 };
  let { decorations, dirty } = prev;
  if (tr.docChanged) {
    decorations = decorations.map(tr.mapping, doc);
    dirty = dirty.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
    for (const { newRange } of getChangedRanges(tr)) dirty.push({ from: newRange.from, to: newRange.to });
    dirty = mergeRanges(dirty);
  }
  if (meta && 'answer' in meta) {
    const still: Range[] = [];
    for (const [block, start] of blocksIn(doc, meta.answer.ranges)) {
      const findings = meta.answer.blocks.get(blockKey(spellBlockOf(block, start)));
      const range = { from: start, to: start + block.nodeSize };
      // The block changed while the worker checked it: it stays dirty and goes again.
      if (!findings) continue;
      decorations = decorations.remove(decorations.find(range.from, range.to));
      decorations = decorations.add(doc, decorationsFor(block, start, findings));
      still.push(range);
    }
    dirty = dirty.filter((d) => !still.some((s) => s.from <= d.from && s.to >= d.to));
  }
  return { decorations, dirty, version: prev.version + (tr.docChanged ? 1 : 0) };
}

/** Runs the checker over the dirty blocks when typing has paused for `idleMs`; one request at a time. */
class SpellView {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private busy = false;
  private destroyed = false;

  constructor(
    private view: EditorView,
    private check: SpellChecker,
    private idleMs: number,
  ) {
    this.update();
  }

  update(): void {
    if (this.timer) clearTimeout(this.timer);
    if (spellKey.getState(this.view.state)?.dirty.length) this.timer = setTimeout(() => void this.run(), this.idleMs);
  }

  private async run(): Promise<void> {
    this.timer = null;
    if (this.busy || this.destroyed) return;
    const state = spellKey.getState(this.view.state);
    if (!state?.dirty.length) return;
    const ranges = state.dirty;
    const blocks = blocksIn(this.view.state.doc, ranges).map(([block, start]) => spellBlockOf(block, start));
    this.busy = true;
    try {
      const answers = await this.check(blocks);
      if (this.destroyed) return;
      const byBlock = new Map(blocks.map((b, i) => [blockKey(b), answers[i] ?? []]));
      this.view.dispatch(this.view.state.tr.setMeta(spellKey, { answer: { ranges, blocks: byBlock } } satisfies Meta).setMeta('addToHistory', false));
    } catch {
      // No dictionary (the worker failed to load): the text is simply not underlined.
    } finally {
      this.busy = false;
    }
    this.update();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

export type SpellOptions = { check: SpellChecker | null; idleMs: number };

export function spellPlugin(options: SpellOptions): Plugin<SpellState> {
  return new Plugin<SpellState>({
    key: spellKey,
    state: {
      init: (_config, state) => ({ decorations: DecorationSet.empty, dirty: [{ from: 0, to: state.doc.content.size }], version: 0 }),
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
