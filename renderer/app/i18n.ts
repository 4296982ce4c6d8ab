// The UI language (nb default; nn and en selectable), kept in localStorage, and the hook pages use to look up strings.
import { useCallback } from 'react';
import { create } from 'zustand';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, translate, type MessageKey, type MessageParams, type UiLanguage } from '../../shared/i18n';
import { errorText, type ErrorLike } from '../../shared/i18n/errorText';
import { findingSentence, type FindingText } from '../../shared/i18n/findingMessages';
import { sheetSentence, type SheetText } from '../../shared/i18n/sheetImportMessages';
import { wordImportSentence, type WordImportText } from '../../shared/i18n/wordImportMessages';

const STORAGE_KEY = 'planverk.uiLanguage';

function readStoredLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : DEFAULT_UI_LANGUAGE;
  } catch {
    return DEFAULT_UI_LANGUAGE;
  }
}

type LanguageState = { language: UiLanguage; setLanguage(language: UiLanguage): void };

export const useLanguageStore = create<LanguageState>((set) => ({
  language: readStoredLanguage(),
  setLanguage(language) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this window only.
    }
    set({ language });
  },
}));

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const language = useLanguageStore((s) => s.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

/** A check finding's sentence (shared/i18n/findingMessages.ts) in the current UI language. */
export function useFindingText(): (text: FindingText) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((text: FindingText) => findingSentence(language, text), [language]);
}

/** A spreadsheet import's error (shared/i18n/sheetImportMessages.ts) in the UI language; no text: the bokmål message. */
export function useSheetText(): (error: { message: string; text?: SheetText }) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((error: { message: string; text?: SheetText }) => (error.text ? sheetSentence(language, error.text) : error.message), [language]);
}

/** A Word import's warning (shared/i18n/wordImportMessages.ts) in the current UI language. */
export function useWordImportText(): (text: WordImportText) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((text: WordImportText) => wordImportSentence(language, text), [language]);
}

/** A finding's or refused entry's sentence in the UI language now, for code outside a component (a cell's parser). */
export const sayInUiLanguage = (text: FindingText): string => findingSentence(useLanguageStore.getState().language, text);

/** An API error's sentence in the current UI language (follows a language switch while the error is on screen). */
export function useErrorText(): (error: ErrorLike) => string {
  const language = useLanguageStore((s) => s.language);
  return useCallback((error: ErrorLike) => errorText(language, error), [language]);
}
