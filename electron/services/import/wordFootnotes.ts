// mammoth writes footnotes as numbered references plus a list at the end; Planverk keeps each footnote's text in a
// footnote node at its reference, so it moves with its sentence.
type Doc = { querySelectorAll: (s: string) => ArrayLike<Element> & Iterable<Element>; createElement: (tag: string) => Element };

/** Replaces mammoth's footnote and endnote references in `root` with `<sup data-footnote="text">` and drops the lists. */
export function inlineFootnotes(root: Element, doc: Pick<Doc, 'createElement'>): number {
  const texts = new Map<string, string>();
  const lists = new Set<Element>();
  for (const item of Array.from(root.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) {
    for (const back of Array.from(item.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) back.remove();
    texts.set(item.id, (item.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (item.parentElement) lists.add(item.parentElement);
  }
  // A whole list goes at once: removing thousands of items one by one costs quadratic time in jsdom.
  for (const list of lists) {
    const items = Array.from(list.children);
    if (items.every((li) => texts.has(li.id))) list.remove();
    else for (const li of items) if (texts.has(li.id)) li.remove();
  }
  let count = 0;
  for (const ref of Array.from(root.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]'))) {
    const text = texts.get((ref.getAttribute('href') ?? '').slice(1));
    if (text === undefined) continue;
    const sup = doc.createElement('sup');
    sup.setAttribute('data-footnote', text);
    const old = ref.parentElement?.tagName === 'SUP' ? ref.parentElement : ref;
    old.replaceWith(sup);
    count++;
  }
  return count;
}
