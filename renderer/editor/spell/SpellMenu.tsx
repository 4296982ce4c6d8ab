// The context menu on a flagged word: the suggestions (asked of the worker when the menu opens), «Legg til i
// ordlisten» and «Legg til i min ordliste». Replacing a word is an ordinary edit (undoable, merged like typing).
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { spellFindingAt } from '../../../shared/editor/spellDecorations';
import type { SpellLanguage } from '../../../shared/spell/speller';
import { useT } from '../../app/i18n';
import { suggestionsFor } from './spellClient';

export type SpellMenuProps = {
  editor: Editor;
  lang: SpellLanguage;
  words: () => string[];
  /** Null where the text has no plan word list to add to. */
  onAddToPlan: ((word: string) => void) | null;
  onAddToPersonal: (word: string) => void;
};

type Open = { target: HTMLElement; from: number; to: number; word: string; kind: 'spelling' | 'malform'; suggestions: string[] | null };

export function SpellMenu({ editor, lang, words, onAddToPlan, onAddToPersonal }: SpellMenuProps) {
  const t = useT();
  const [open, setOpen] = useState<Open | null>(null);

  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    const onContextMenu = (e: MouseEvent) => {
      const span = (e.target as Element | null)?.closest?.('.plan-spell-error');
      if (!(span instanceof HTMLElement)) return;
      const pos = editor.view.posAtDOM(span, 0);
      const at = spellFindingAt(editor.state, pos);
      if (!at) return;
      e.preventDefault();
      const { finding } = at;
      setOpen({ target: span, from: at.from, to: at.to, word: finding.word, kind: finding.kind, suggestions: finding.suggestions.length ? finding.suggestions : null });
      if (!finding.suggestions.length) {
        const text = editor.state.doc.textBetween(editor.state.doc.resolve(at.from).start(), editor.state.doc.resolve(at.to).end(), '\n', ' ');
        void suggestionsFor(lang, words(), text, finding.word)
          .catch(() => [])
          .then((suggestions) => setOpen((o) => (o && o.from === at.from && o.word === finding.word ? { ...o, suggestions } : o)));
      }
    };
    dom.addEventListener('contextmenu', onContextMenu);
    return () => dom.removeEventListener('contextmenu', onContextMenu);
  }, [editor, lang, words]);

  if (!open) return null;
  const close = () => {
    setOpen(null);
    if (!editor.isDestroyed) editor.view.focus();
  };
  const replace = (s: string) => editor.chain().focus().insertContentAt({ from: open.from, to: open.to }, s).run();
  const hint = open.kind === 'malform' ? t('spell.malformHint', { malform: t(lang === 'nn' ? 'spell.malform.nn' : 'spell.malform.nb') }) : t('spell.misspelledHint');
  return (
    <Menu open positioning={{ target: open.target, position: 'below', align: 'start' }} onOpenChange={(_, d) => !d.open && close()}>
      <MenuPopover>
        <MenuList aria-label={`${t('spell.menu')}: ${open.word}. ${hint}`} data-testid="spell-menu">
          {open.suggestions === null && <MenuItem disabled>{t('spell.loading')}</MenuItem>}
          {open.suggestions?.length === 0 && <MenuItem disabled>{t('spell.noSuggestions')}</MenuItem>}
          {open.suggestions?.map((s) => (
            <MenuItem key={s} onClick={() => replace(s)} data-testid="spell-suggestion">
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
