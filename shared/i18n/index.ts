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

export function translate(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
