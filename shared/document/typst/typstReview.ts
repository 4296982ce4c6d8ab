// Comments in the PDF: each thread becomes one note text («Kommentar 3 – Kari Nordmann (KN) 15.04.2025: …», its
// replies after it), drawn as a footnote at the end of its range; threads without a range are listed after the text.
import type { DocComment, DocModel } from '../model';
import { reviewDay, reviewIndex, reviewWordsFor } from '../review';

export type TypstReview = { notes: Map<number, string>; loose: string[]; title: string };

export function typstReview(model: DocModel): TypstReview {
  const words = reviewWordsFor(model.meta.lang);
  const notes = new Map<number, string>();
  const loose: string[] = [];
  for (const t of reviewIndex(model).threads) {
    const status = t.root.resolved ? ` (${words.resolved})` : '';
    const text = [`${words.comment} ${t.root.id}${status} – ${said(t.root)}`, ...t.replies.map((r) => `${words.reply} – ${said(r)}`)].join(' ');
    if (t.anchored) notes.set(t.root.id, text);
    else loose.push(text);
  }
  return { notes, loose, title: words.comments };
}

function said(c: DocComment): string {
  const day = reviewDay(c.date);
  const who = `${c.author}${c.initials ? ` (${c.initials})` : ''}${day ? ` ${day}` : ''}`;
  return `${who}: ${c.text.replace(/\s*\r?\n\s*/g, ' ')}`;
}
