// Pasted HTML goes through the same allow-list as imported Word documents, with the browser's own DOM.
import { createHtmlSanitizer, type HtmlSanitizer } from '../../shared/editor/sanitizeHtml';

let sanitizer: HtmlSanitizer | null = null;

export function sanitizePastedHtml(html: string): string {
  sanitizer ??= createHtmlSanitizer(window);
  return sanitizer.sanitize(html);
}
