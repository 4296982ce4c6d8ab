// Text from users and from files, made safe for every output: no control characters (they make XML such as a DOCX's
// docProps/core.xml ill-formed and drive terminals), no bidi override left open (it would reverse the generated text
// that follows a title), and user text isolated where it is set into a generated line.
/* eslint-disable no-control-regex -- matching control characters is this module's purpose */

/** Vertical tab, form feed and NEL separate words (Word pastes VT as a line break): they become a space. */
const SEPARATORS = /[\u000B\u000C\u0085]/g;
/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO, closed by PDF
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI, closed by PDI
const PDF = '\u202C';
const PDI = '\u2069';
const FSI = '\u2068';

/** Anything cleanText changes: a separator, a control, a bidi embedding/override/isolate (one test, no copies). */
const NEEDS_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Text a user typed or a file brought, without control characters (tab and line breaks stay). */
export function stripControls(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(CONTROLS, '');
}

/** Closes every bidi embedding, override and isolate the text opens, so its direction cannot leak past its end. */
export function balanceBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  for (const ch of text) {
    if (EMBEDDINGS.has(ch) || ISOLATES.has(ch)) open.push(ch);
    // As in UAX #9: a PDF closes the innermost embedding only if no isolate is open inside it; a PDI closes up to its isolate.
    else if (ch === PDF && open.length > 0 && EMBEDDINGS.has(open.at(-1)!)) open.pop();
    else if (ch === PDI && open.some((o) => ISOLATES.has(o))) while (!ISOLATES.has(open.pop()!));
  }
  return text + open.reverse().map((o) => (ISOLATES.has(o) ? PDI : PDF)).join('');
}

/** The one cleaning of user text at the domain boundary. */
export const cleanText = (text: string): string => (NEEDS_CLEANING.test(text) ? balanceBidi(stripControls(text)) : text);

/**
 * Every string inside a JSON-like value, cleaned (arrays and objects copied only where something changed). A whole plan
 * (≈ 10,000 strings) is cleaned before each export, and most of it is clean: plain loops that allocate nothing for a
 * clean value (map/entries copies of every array and object made this ≈ 3× dearer, in a cold CLI's start-up path).
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const cleaned = cleanDeep(value[i]);
      if (out) out.push(cleaned);
      else if (cleaned !== value[i]) (out = value.slice(0, i)).push(cleaned);
    }
    return (out ?? value) as T;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const cleaned = cleanDeep(record[key]);
    if (out) out[key] = cleaned;
    else if (cleaned !== record[key]) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
      out[key] = cleaned;
    }
  }
  return (out ?? value) as T;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko …) and bidi controls: text that can turn a line around. */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u202A-\u202E\u2066-\u2069]|[\uD802-\uD803\uD83A-\uD83B][\uDC00-\uDFFF]/;

/**
 * User text set into a generated line («Versjon …», the footer, a caption): isolated with FSI…PDI when it could change
 * the direction of what follows. Plain left-to-right text stays as it is (no invisible characters in ordinary documents).
 */
export function isolate(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `${FSI}${balanceBidi(text)}${PDI}` : text;
}

/** For a terminal: every control and bidi character shown as U+FFFD, so a file's text cannot move the cursor or recolour. */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}
