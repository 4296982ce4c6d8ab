// Pasted HTML: Word's and LibreOffice's lists and footnotes made real (shared/editor/wordClipboard.ts), then the same
// allow-list as imported Word documents, with the browser's own DOM.
import { createHtmlSanitizer, type HtmlSanitizer } from '../../shared/editor/sanitizeHtml';
import { sanitizeClipboardHtml } from '../../shared/editor/wordClipboard';

let sanitizer: HtmlSanitizer | null = null;

export function sanitizePastedHtml(html: string): string {
  sanitizer ??= createHtmlSanitizer(window);
  return sanitizeClipboardHtml(html, window, sanitizer);
}
