// HTML → sanitised → Tiptap JSON in Node: jsdom gives DOMPurify and ProseMirror's parser a DOM.
import { JSDOM } from 'jsdom';
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import type { RichText } from '../../../shared/domain/plan';
import { planSchema, withoutNullBreaks } from '../../../shared/editor';
import { createHtmlSanitizer, type HtmlSanitizer, type SanitizeOptions } from '../../../shared/editor/sanitizeHtml';

let shared: { window: JSDOM['window']; sanitizer: HtmlSanitizer } | null = null;

/** One jsdom window for the process: creating one costs ~20 ms, and nothing in it ever runs scripts. */
export function nodeDom(): { window: JSDOM['window']; sanitizer: HtmlSanitizer } {
  if (!shared) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    shared = { window, sanitizer: createHtmlSanitizer(window as unknown as Parameters<typeof createHtmlSanitizer>[0]) };
  }
  return shared;
}

export function sanitizeHtmlInNode(html: string, options?: SanitizeOptions): string {
  return nodeDom().sanitizer.sanitize(html, options);
}

/** Parses HTML that has ALREADY been sanitised into a chapter body. */
export function parseSanitizedHtml(html: string): RichText {
  const { window } = nodeDom();
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return withoutNullBreaks(PmDOMParser.fromSchema(planSchema()).parse(container as unknown as globalThis.Node).toJSON() as RichText);
}

/** Any HTML (clipboard, web) → a chapter body. */
export function htmlToRichText(html: string, options?: SanitizeOptions): RichText {
  return parseSanitizedHtml(sanitizeHtmlInNode(html, options));
}
