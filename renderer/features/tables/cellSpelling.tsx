// The spell-check of the tables' text cells (SPELLED_TABLE_COLUMNS: a measure's name and follow-up, a law's purpose,
// …): the cell's saved text is checked by the same worker as the chapters, in the plan's målform with the plan's and
// the personal word list, and its flagged words are underlined as in the editor. A right click on one (or the
// context-menu key on the cell) opens the same menu; a suggestion saves the cell's new text as one edit.
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { SPELL_ERROR_CLASS } from '../../../shared/editor/spellDecorations';
import type { SpellFinding } from '../../../shared/spell/checkText';
import { usePersonalWords } from '../../editor/spell/personalWords';
import { SpellMenuView, useSpellMenuState } from '../../editor/spell/SpellMenu';
import { checkBlocks } from '../../editor/spell/spellClient';
import { usePlanMalform, useSpellWords } from '../../editor/spell/useFieldSpelling';
import { addPlanWord } from '../spell/planWordList';

/** Findings per text, under the language and words they were checked with; shared by every table of the page. */
const checked = new Map<string, SpellFinding[]>();
const KEEP = 20_000;

/** The findings of the given texts, asked of the worker (one request for every text not yet checked). */
export function useCellSpelling(texts: readonly string[]) {
  const lang = usePlanMalform();
  const words = useSpellWords();
  const prefix = useMemo(() => `${lang}\u0001${words.join('\u0002')}\u0001`, [lang, words]);
  const [, answered] = useState(0);
  const missing = [...new Set(texts.filter((t) => t.trim() && !checked.has(prefix + t)))].join('\u0003');
  useEffect(() => {
    if (!missing) return;
    const list = missing.split('\u0003');
    checkBlocks(lang, words, list.map((text) => ({ text })))
      .then((answers) => {
        if (checked.size > KEEP) checked.clear();
        list.forEach((t, i) => checked.set(prefix + t, answers[i] ?? []));
        answered((v) => v + 1);
      })
      // No dictionary (the worker failed to load): the cells are simply not underlined.
      .catch(() => undefined);
  }, [missing, prefix, lang, words]);
  return { lang, words, findingsOf: (text: string): SpellFinding[] => checked.get(prefix + text) ?? [] };
}

/** What the grid tells the menu about a cell: its text and how to save a new one. */
export type SpelledCell = { text: string; save: (text: string) => void };

/**
 * The context menu of a grid's spelled cells: `cellAt` finds the cell (and its text) an event happened in. Returns the
 * grid's contextmenu handler and the menu to render beside it.
 */
export function useCellSpellMenu(spelling: ReturnType<typeof useCellSpelling>, cellAt: (td: HTMLElement) => SpelledCell | null) {
  const wordsRef = useRef(spelling.words);
  useEffect(() => {
    wordsRef.current = spelling.words;
  }, [spelling.words]);
  const menu = useSpellMenuState(() => wordsRef.current);
  const addPersonalWord = usePersonalWords((s) => s.add);
  const [open, setOpen] = useState<{ td: HTMLElement; cell: SpelledCell; finding: SpellFinding } | null>(null);

  const onContextMenu = (e: MouseEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const td = target.closest<HTMLElement>('td[data-cell]');
    const cell = td && cellAt(td);
    if (!td || !cell) return;
    const findings = spelling.findingsOf(cell.text);
    // A right click names its word; the context-menu key on the cell opens the menu for the cell's first one.
    const span = target.closest<HTMLElement>(`.${SPELL_ERROR_CLASS}`);
    const finding = findings[span ? Number(span.dataset.spellIndex) : 0];
    if (!finding) return;
    e.preventDefault();
    setOpen({ td, cell, finding });
    menu.show(span ?? td, finding, spelling.lang, cell.text);
  };

  const close = () => {
    menu.close();
    open?.td.focus();
    setOpen(null);
  };
  const replace = (suggestion: string) => {
    if (!open) return;
    const { cell, finding } = open;
    cell.save(cell.text.slice(0, finding.from) + suggestion + cell.text.slice(finding.to));
  };
  const view = <SpellMenuView open={menu.open} onReplace={replace} onAddToPlan={addPlanWord} onAddToPersonal={addPersonalWord} onClose={close} />;
  return { onContextMenu, menu: view };
}
