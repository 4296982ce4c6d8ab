// UI dictionaries (nb default, nn, en) and the one function that looks a string up and fills in its {placeholders}.
import { en } from './en';
import type { MessageKey, Messages } from './messages';
import { nb } from './nb';
import { nn } from './nn';

export type { MessageKey, Messages } from './messages';
export const UI_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'nb';

export const DICTIONARIES: Record<UiLanguage, Messages> = { nb, nn, en };

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

export type MessageParams = Record<string, string | number>;

/** Fills a sentence's {placeholders} from params, each said by `say`; an unknown placeholder stays as written. */
export function fillPlaceholders<P>(template: string, params: Readonly<Record<string, P>>, say: (value: P) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : say(params[name])));
}

export function translate(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  return params ? fillPlaceholders(text, params, String) : text;
}
