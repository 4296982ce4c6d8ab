// The spell-check of a small rich-text field outside the chapters (the matrix's Problemstillinger, Gjennomføring,
// Sentrale aktører): the same worker, the plan's målform and the same word lists (the plan's and the personal one)
// as the chapter editor, so a word accepted in one place is accepted in every other.
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { recheckSpelling, SpellCheck } from '../../../shared/editor/spellDecorations';
import type { SpellLanguage } from '../../../shared/spell/speller';
import { usePlanStore } from '../../app/planStore';
import { usePlanWords } from '../../features/spell/planWordList';
import { usePersonalWords } from './personalWords';
import { checkBlocks } from './spellClient';

/** The accepted words: the plan's list and the person's, one array until either changes. */
export function useSpellWords(): string[] {
  const planWords = usePlanWords();
  const personal = usePersonalWords((s) => s.words);
  return useMemo(() => [...planWords, ...personal], [planWords, personal]);
}

/** The plan's målform, the language its fields are written and checked in. */
export const usePlanMalform = (): SpellLanguage => usePlanStore((s) => s.plan?.plan.malform ?? 'nb');

/** The language and words a field is checked with, read at each check (the worker's request) and menu. */
class FieldSpellSettings {
  constructor(
    public lang: SpellLanguage,
    public words: string[],
  ) {}

  readonly extension = SpellCheck.configure({ check: (blocks) => checkBlocks(this.lang, this.words, blocks), idleMs: 300 });
  readonly wordsNow = (): string[] => this.words;

  set(lang: SpellLanguage, words: string[]): void {
    this.lang = lang;
    this.words = words;
  }
}

/** The extension to give a field's editor: created once, it reads the current language and words at each check. */
export function useFieldSpelling(lang: SpellLanguage, words: string[]) {
  const [settings] = useState(() => new FieldSpellSettings(lang, words));
  useEffect(() => settings.set(lang, words), [settings, lang, words]);
  return { extension: settings.extension, words: settings.wordsNow };
}

/** Checks the editor's text again when the målform or a word list changes (call after useFieldSpelling). */
export function useRecheckSpelling(editor: Editor | null, lang: SpellLanguage, words: string[]): void {
  const checked = useRef({ lang, words });
  useEffect(() => {
    if (checked.current.lang === lang && checked.current.words === words) return;
    checked.current = { lang, words };
    if (editor && !editor.isDestroyed) editor.view.dispatch(recheckSpelling(editor.state));
  }, [editor, lang, words]);
}
