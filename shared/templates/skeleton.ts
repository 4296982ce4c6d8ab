// A chapter tree written as nested specs (title, body, children) turned into Chapter rows with ids and sort keys,
// so a template reads like the table of contents it produces.
import type { IdSource } from '../domain/ids';
import type { Chapter, Malform } from '../domain/plan';
import { doc, type TiptapNode } from '../sample/tiptap';

export type ChapterSpec = { title: string; part?: boolean; body?: TiptapNode[]; children?: ChapterSpec[] };

/** Picks the bokmål or the nynorsk text; templates keep each pair side by side so neither form is forgotten. */
export type Pick2 = (nb: string, nn: string) => string;
export const pickFor =
  (malform: Malform): Pick2 =>
  (nb, nn) =>
    malform === 'nn' ? nn : nb;

export function chaptersFromSpecs(specs: readonly ChapterSpec[], newId: IdSource, parentId: string | null = null): Chapter[] {
  return specs.flatMap((spec, i) => {
    const id = newId();
    const chapter: Chapter = {
      id,
      sortKey: i + 1,
      parentId,
      kind: spec.part ? 'part' : 'chapter',
      title: spec.title,
      numbered: true,
      status: 'utkast',
      groupId: null,
      body: doc(...(spec.body ?? [])),
    };
    return [chapter, ...chaptersFromSpecs(spec.children ?? [], newId, id)];
  });
}
