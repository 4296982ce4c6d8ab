// Says an API error in a UI language: the precise sentence when the service sent one, else its code's sentence.
// A message that is neither (a service that still passes its own text) is shown as it came.
import { errorCodesNb, type ErrorCode, type ErrorSentence, type SentenceParam } from './errorMessages';
import { DICTIONARIES, fillPlaceholders, UI_LANGUAGES, type UiLanguage } from './index';
import type { MessageKey } from './messages';

const LOCALES: Record<UiLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function paramText(lang: UiLanguage, value: SentenceParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(LOCALES[lang]);
  if (Array.isArray(value)) return value.map((part: ErrorSentence) => sentenceText(lang, part)).join(', ');
  return sentenceText(lang, value as ErrorSentence);
}

export function sentenceText(lang: UiLanguage, sentence: ErrorSentence): string {
  const template = DICTIONARIES[lang][`error.${sentence.key}` satisfies MessageKey];
  return fillPlaceholders(template, sentence.params ?? {}, (value) => paramText(lang, value));
}

export type ErrorLike = { code: ErrorCode; message: string; sentence?: ErrorSentence };

export function errorText(lang: UiLanguage, error: ErrorLike): string {
  if (error.sentence) return sentenceText(lang, error.sentence);
  const key = `error.${error.code}` satisfies MessageKey;
  // The code's sentence in any language (the renderer may have said it in another before the user switched).
  if (error.message === errorCodesNb[error.code] || UI_LANGUAGES.some((l) => DICTIONARIES[l][key] === error.message)) return DICTIONARIES[lang][key];
  return error.message;
}

/** The error with its message in the UI language; code, detail and sentence travel on unchanged. */
export function inLanguage<E extends ErrorLike>(lang: UiLanguage, error: E): E {
  return { ...error, message: errorText(lang, error) };
}
