// Every error code and every precise error sentence is said in nb, nn and en; the bokmål text is what the services and
// the CLI print (byte for byte), and no service passes a sentence of its own past the dictionaries.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, PlanverkError, type ErrorCode } from '../../../shared/api/errors';
import { DICTIONARIES, UI_LANGUAGES, type MessageKey } from '../../../shared/i18n';
import { errorSentencesNb } from '../../../shared/i18n/errorMessages';
import { errorText, sentenceText } from '../../../shared/i18n/errorText';

const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The call's arguments from `start` (just after its parenthesis) to the closing one, split at top-level commas. */
function topLevelArguments(text: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let from = start;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && depth > 0) depth--;
    else if (ch === ')' || (ch === ',' && depth === 0)) {
      args.push(text.slice(from, i).trim());
      if (ch === ')') return args;
      from = i + 1;
    }
  }
  return args;
}

describe('error sentences in the UI languages', () => {
  it('give every ERROR_MESSAGES code a sentence in nb (the same text), nn and en, each its own', () => {
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) {
      const key = `error.${code}` as MessageKey;
      expect(DICTIONARIES.nb[key]).toBe(ERROR_MESSAGES[code]);
      expect(DICTIONARIES.nn[key], `nn ${code}`).not.toBe(DICTIONARIES.nb[key]);
      expect(DICTIONARIES.en[key], `en ${code}`).not.toBe(DICTIONARIES.nb[key]);
      expect(DICTIONARIES.en[key], `en ${code}`).not.toMatch(/[æøå]|\b(ikke|ikkje|er|filen|fila)\b/i);
    }
  });

  it('give every precise sentence the same placeholders in nb, nn and en', () => {
    for (const key of Object.keys(errorSentencesNb)) {
      for (const lang of UI_LANGUAGES) {
        const text = DICTIONARIES[lang][`error.${key}` as MessageKey];
        expect(text?.trim(), `${lang} ${key}`).toBeTruthy();
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(errorSentencesNb[key as keyof typeof errorSentencesNb]));
      }
    }
  });

  it('says a sentence with sentences inside it in each language, and keeps the bokmål message byte for byte', () => {
    const error = new PlanverkError('FILE_TOO_LARGE', '/tmp/plan.docx', {
      key: 'fileTooLarge',
      params: { label: { key: 'file.label.docx' }, name: 'plan.docx', large: { key: 'file.large.docx' }, mb: 2.5 },
    });
    expect(error.message).toBe('Word-dokumentet «plan.docx» er for stort (over 2,5 MB); ingenting er endret.');
    expect(errorText('nn', error.toApiError())).toBe('Word-dokumentet «plan.docx» er for stort (over 2,5 MB); ingenting er endra.');
    expect(errorText('en', error.toApiError())).toBe('The Word document «plan.docx» is too large (over 2.5 MB); nothing was changed.');
    const log = { key: 'copyInvalidLogMany', params: { total: 3, why: [{ key: 'log.table', params: { count: 2 } }, { key: 'log.row', params: { count: 1 } }] } } as const;
    expect(sentenceText('nb', log)).toBe('Kopien har 3 ugyldige endringer i endringsloggen (2 i en ukjent tabell, 1 med ugyldig rad-id) og er ikke slått sammen; ingen av filene er endret.');
    expect(sentenceText('nn', log)).toContain('(2 i ein ukjend tabell, 1 med ugyldig rad-id)');
  });

  it('translates a code-only error from any language, and leaves a message it does not know as it came', () => {
    const nb = { code: 'NO_PLAN_OPEN', message: ERROR_MESSAGES.NO_PLAN_OPEN } as const;
    expect(errorText('nn', nb)).toBe('Ingen plan er open.');
    expect(errorText('nb', { ...nb, message: errorText('en', nb) })).toBe('Ingen plan er åpen.');
    expect(errorText('en', { code: 'INVALID_ARGS', message: 'En setning ingen ordbok kjenner.' })).toBe('En setning ingen ordbok kjenner.');
  });

  it('finds no sentence of its own passed to PlanverkError in electron/services (they go through errorMessages.ts)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(__dirname, '../../../electron/services'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new PlanverkError\(/g)) {
        const message = topLevelArguments(text, m.index + m[0].length)[2];
        if (message && /^['`"]/.test(message)) offenders.push(`${file}: ${message.slice(0, 80)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
