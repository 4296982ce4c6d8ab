// Review content in HTML: suggested runs as <ins>/<del> with the author and day in title and the time in datetime,
// comments as a numbered reference at the end of their range (a link to the comment) and an aside listing every
// thread with author, initials, day, status and replies, each linking back to its text. Only drawn when the model
// carries review content, so a clean document's HTML is exactly as before.
import type { DocModel, TrackedChange } from '../model';
import { changeLabel, reviewDay, reviewIndex, type CommentThread, type ReviewWords } from '../review';
import { escapeHtml } from './escape';

/** A valid HTML datetime, or nothing: the ISO string as given when it parses, never a made-up time. */
function datetimeAttr(iso: string | null): string {
  return iso && !Number.isNaN(Date.parse(iso)) && /^\d{4}-\d{2}-\d{2}/.test(iso) ? ` datetime="${escapeHtml(iso)}"` : '';
}

export function changeHtml(inner: string, change: TrackedChange, words: ReviewWords): string {
  const tag = change.kind === 'ins' ? 'ins' : 'del';
  return `<${tag} class="review"${datetimeAttr(change.date)} title="${escapeHtml(changeLabel(change, words))}">${inner}</${tag}>`;
}

const safeNumber = (id: number): string => (Number.isSafeInteger(id) ? String(id) : '0');

/** The start of a range is a link target (the aside links back to it); the end carries the numbered reference. */
export function commentMarkerHtml(kind: 'commentStart' | 'commentEnd', id: number, words: ReviewWords): string {
  const n = safeNumber(id);
  if (kind === 'commentStart') return `<span class="comment-start" id="comment-text-${n}"></span>`;
  return `<sup class="comment-ref"><a href="#comment-${n}" id="comment-ref-${n}" aria-label="${escapeHtml(words.comment)} ${n}">[${n}]</a></sup>`;
}

function commentHtml(c: CommentThread['root'], words: ReviewWords, resolved: boolean): string {
  const day = reviewDay(c.date);
  const when = day ? ` <time${datetimeAttr(c.date)}>${day}</time>` : '';
  const status = resolved ? ` <span class="comment-status">(${escapeHtml(words.resolved)})</span>` : '';
  const initials = c.initials ? ` (${escapeHtml(c.initials)})` : '';
  const text = c.text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return `<p class="comment-by"><b>${escapeHtml(c.author)}</b>${initials}${when}${status}</p>${text}`;
}

/** The list of comment threads after the text; empty when there are none. */
export function commentsAside(model: DocModel, words: ReviewWords): string {
  const { threads } = reviewIndex(model);
  if (!threads.length) return '';
  const items = threads
    .map((t) => {
      const n = safeNumber(t.root.id);
      const replies = t.replies.length
        ? `<ol class="replies" aria-label="${escapeHtml(words.reply)}">${t.replies.map((r) => `<li id="comment-${safeNumber(r.id)}">${commentHtml(r, words, false)}</li>`).join('')}</ol>`
        : '';
      const back = t.anchored ? `<a href="#comment-text-${n}">${escapeHtml(words.backToText)}</a>` : `<span>${escapeHtml(words.onDocument)}</span>`;
      return `<li id="comment-${n}"${t.root.resolved ? ' class="resolved"' : ''}><p class="comment-number">${escapeHtml(words.comment)} ${n}</p>${commentHtml(t.root, words, t.root.resolved)}${replies}<p class="comment-back">${back}</p></li>`;
    })
    .join('');
  return `<aside class="comments" aria-labelledby="comments-title"><p class="comments-title" id="comments-title">${escapeHtml(words.comments)}</p><ol>${items}</ol></aside>`;
}

/** Styles for the review markup, added only to a document that has it. Colours keep 4.5:1 on white. */
export const REVIEW_CSS =
  'ins.review{text-decoration:underline;color:#0b5a1e}' +
  'del.review{text-decoration:line-through;color:#9b1c1c}' +
  '.comment-ref a{font-size:8pt}' +
  '.comments{border-top:1px solid #8a8a8a;margin-top:24pt;font-size:9.5pt;break-before:page;page-break-before:always}' +
  '.comments .comments-title{font-size:14pt;font-weight:700}' +
  '.comments li{margin:0 0 8pt}' +
  '.comments .comment-number{font-weight:700;margin:0}' +
  '.comments .replies{margin:4pt 0 0 12pt}' +
  '.comments li.resolved .comment-by{color:#404040}';
