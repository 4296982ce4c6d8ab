// The context menu on a flagged word: the suggestions (asked of the worker when the menu opens), «Legg til i
// ordlisten» and «Legg til i min ordliste». Two users: the editors (chapters, the matrix's rich-text fields), where
// replacing a word is an ordinary edit (undoable, merged like typing), and the tables' text cells (SpellMenuView),
// where it saves the cell's new text as one edit.
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover, makeStaticStyles } from '@fluentui/react-components';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { spellFindingAt, spellLanguageAt } from '../../../shared/editor/spellDecorations';
import type { SpellFinding } from '../../../shared/spell/checkText';
import type { SpellLanguage } from '../../../shared/spell/speller';
import { useT } from '../../app/i18n';
import { suggestionsFor } from './spellClient';

// Wherever words are flagged: a red wavy line under a misspelled word, a blue dotted one under a form of the other målform.
const useSpellStyles = makeStaticStyles({
  '.plan-spell-error': { textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationColor: '#c50f1f', textDecorationSkipInk: 'none' },
  '.plan-spell-malform': { textDecorationStyle: 'dotted', textDecorationColor: '#0f6cbd', textDecorationThickness: '2px' },
});

/** An open menu: the flagged word, the language it was checked in, and its suggestions (null while they are asked). */
export type SpellMenuOpen = { target: HTMLElement; word: string; kind: SpellFinding['kind']; lang: SpellLanguage; suggestions: string[] | null };

export type SpellMenuViewProps = {
  open: SpellMenuOpen | null;
  onReplace: (suggestion: string) => void;
  /** Null where the text has no plan word list to add to. */
  onAddToPlan: ((word: string) => void) | null;
  onAddToPersonal: (word: string) => void;
  onClose: () => void;
};

export function SpellMenuView({ open, onReplace, onAddToPlan, onAddToPersonal, onClose }: SpellMenuViewProps) {
  useSpellStyles();
  const t = useT();
  if (!open) return null;
  const hint = open.kind === 'malform' ? t('spell.malformHint', { malform: t(open.lang === 'nn' ? 'spell.malform.nn' : 'spell.malform.nb') }) : t('spell.misspelledHint');
  return (
    <Menu open positioning={{ target: open.target, position: 'below', align: 'start' }} onOpenChange={(_, d) => !d.open && onClose()}>
      <MenuPopover>
        <MenuList aria-label={`${t('spell.menu')}: ${open.word}. ${hint}`} data-testid="spell-menu">
          {open.suggestions === null && <MenuItem disabled>{t('spell.loading')}</MenuItem>}
          {open.suggestions?.length === 0 && <MenuItem disabled>{t('spell.noSuggestions')}</MenuItem>}
          {open.suggestions?.map((s) => (
            <MenuItem key={s} onClick={() => onReplace(s)} data-testid="spell-suggestion">
              {s}
            </MenuItem>
          ))}
          <MenuDivider />
          {onAddToPlan && (
            <MenuItem onClick={() => onAddToPlan(open.word)} data-testid="spell-add-plan">
              {t('spell.addToPlan')}
            </MenuItem>
          )}
          <MenuItem onClick={() => onAddToPersonal(open.word)} data-testid="spell-add-personal">
            {t('spell.addToPersonal')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** Opens the menu for `finding` and, when the check gave no suggestions, asks the worker for them in `lang`. */
export function useSpellMenuState(words: () => string[]) {
  const [open, setOpen] = useState<SpellMenuOpen | null>(null);
  const show = (target: HTMLElement, finding: SpellFinding, lang: SpellLanguage, text: string) => {
    const suggestions = finding.suggestions.length ? finding.suggestions : null;
    setOpen({ target, word: finding.word, kind: finding.kind, lang, suggestions });
    if (suggestions) return;
    void suggestionsFor(lang, words(), text, finding.word)
      .catch(() => [])
      .then((found) => setOpen((o) => (o && o.target === target && o.word === finding.word ? { ...o, suggestions: found } : o)));
  };
  return { open, show, close: () => setOpen(null) };
}

export type SpellMenuProps = {
  editor: Editor;
  lang: SpellLanguage;
  words: () => string[];
  onAddToPlan: ((word: string) => void) | null;
  onAddToPersonal: (word: string) => void;
};

/** The menu of an editor: opened by a right click (or the context-menu key) on an underlined word. */
export function SpellMenu({ editor, lang, words, onAddToPlan, onAddToPersonal }: SpellMenuProps) {
  const menu = useSpellMenuState(words);
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const { show } = menu;

  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    const onContextMenu = (e: MouseEvent) => {
      const span = (e.target as Element | null)?.closest?.('.plan-spell-error');
      if (!(span instanceof HTMLElement)) return;
      const at = spellFindingAt(editor.state, editor.view.posAtDOM(span, 0));
      if (!at) return;
      e.preventDefault();
      const { doc } = editor.state;
      setRange({ from: at.from, to: at.to });
      // A word inside a passage marked as the other målform was checked in that language: so are its suggestions.
      show(span, at.finding, spellLanguageAt(editor.state, at.from) ?? lang, doc.textBetween(doc.resolve(at.from).start(), doc.resolve(at.to).end(), '\n', ' '));
    };
    dom.addEventListener('contextmenu', onContextMenu);
    return () => dom.removeEventListener('contextmenu', onContextMenu);
    // `show` is a new function each render; it only calls setState and the worker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, lang, words]);

  const close = () => {
    menu.close();
    if (!editor.isDestroyed) editor.view.focus();
  };
  const replace = (s: string) => {
    if (range) editor.chain().focus().insertContentAt(range, s).run();
  };
  return <SpellMenuView open={menu.open} onReplace={replace} onAddToPlan={onAddToPlan} onAddToPersonal={onAddToPersonal} onClose={close} />;
}
