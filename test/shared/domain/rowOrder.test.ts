// The one row order (shared/domain/rowOrder.ts): a total order over rows whose position keys repeat, the same for
// every comparator built on it, and every listing built on it independent of the order the rows arrive in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChapterTree, type ChapterNode } from '../../../renderer/features/chapters/chapterTree';
import type { Chapter } from '../../../shared/domain/plan';
import { compareRows, orderTable, sortRows, treeOrder, type PositionedRow } from '../../../shared/domain/rowOrder';
import { orderMatrix } from '../../../shared/matrix/order';

// Few keys and ids, so that equal keys (and -0 beside 0) are common; ids a collation misorders or calls equal.
const key = fc.constantFrom(0, -0, 1, 1.5, 2, -3, 1e9);
const id = fc.array(fc.constantFrom('a', 'B', 'b', '\u00e9', 'e\u0301', '-', '1', 'Å'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const row: fc.Arbitrary<PositionedRow> = fc.record({ id, sortKey: key });
const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

/** A permutation of a list, drawn with it. */
const withShuffle = <T,>(items: fc.Arbitrary<T[]>) =>
  items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

describe('the row comparator', () => {
  it('is a total order over rows with duplicate position keys: reflexive, antisymmetric, transitive, equal only for the same key and id', () => {
    fc.assert(
      fc.property(row, row, row, (a, b, c) => {
        expect(compareRows(a, a)).toBe(0);
        expect(sign(compareRows(a, b)) + sign(compareRows(b, a))).toBe(0);
        expect(compareRows(a, b) === 0).toBe(a.id === b.id && a.sortKey === b.sortKey);
        if (compareRows(a, b) <= 0 && compareRows(b, c) <= 0) expect(compareRows(a, c)).toBeLessThanOrEqual(0);
        if (compareRows(a, b) < 0 && compareRows(b, c) <= 0) expect(compareRows(a, c)).toBeLessThan(0);
      }),
      { numRuns: 2000, seed: 1313 },
    );
  });

  it('gives one order for any arrival order of the rows, and readPlan’s table order is the same order', () => {
    fc.assert(
      fc.property(withShuffle(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 12 })), ([rows, shuffled]) => {
        const sorted = sortRows(rows);
        expect(sortRows(shuffled)).toEqual(sorted);
        expect(orderTable('laws', shuffled)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) expect(compareRows(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
      }),
      { numRuns: 500, seed: 1314 },
    );
  });

  it('orders equal keys by code units, never by locale: «B» before «a», «e» + accent before precomposed «é»', () => {
    const ids = sortRows(['a', '\u00e9', 'B', 'e\u0301'].map((i) => ({ id: i, sortKey: 1 }))).map((r) => r.id);
    expect(ids).toEqual(['B', 'a', 'e\u0301', '\u00e9']);
  });

  it('puts a NaN key (never valid) after every number instead of breaking the order', () => {
    const rows = [{ id: 'x', sortKey: Number.NaN }, { id: 'y', sortKey: 2 }, { id: 'z', sortKey: -1 }];
    expect(sortRows(rows).map((r) => r.id)).toEqual(['z', 'y', 'x']);
    expect(sortRows([...rows].reverse()).map((r) => r.id)).toEqual(['z', 'y', 'x']);
  });
});

const chapter = (c: { id: string; sortKey: number; parentId: string | null }): Chapter => ({
  ...c,
  kind: 'chapter',
  title: c.id,
  numbered: true,
  status: 'utkast',
  groupId: null,
  body: { type: 'doc', content: [] },
});
/** A forest of chapters (parents drawn among earlier rows, some missing) with colliding keys. */
const chapters = fc
  .uniqueArray(fc.record({ id, sortKey: key, parent: fc.nat({ max: 20 }) }), { selector: (r) => r.id, maxLength: 14 })
  .map((list) => list.map((r, i) => chapter({ id: r.id, sortKey: r.sortKey, parentId: r.parent < i ? list[r.parent]!.id : r.parent > 17 ? 'gone' : null })));
const flatten = (nodes: readonly ChapterNode[]): string[] => nodes.flatMap((n) => [`${n.label ?? '-'} ${n.chapter.id}`, ...flatten(n.children)]);

describe('listings built on the row order', () => {
  it('the chapter tree shows the same chapters with the same numbers in the same order for any arrival order', () => {
    fc.assert(
      fc.property(withShuffle(chapters), ([list, shuffled]) => {
        expect(flatten(buildChapterTree(shuffled))).toEqual(flatten(buildChapterTree(list)));
        expect(treeOrder(shuffled).map((c) => c.id)).toEqual(treeOrder(list).map((c) => c.id));
        expect(flatten(buildChapterTree(list)).map((l) => l.split(' ')[1])).toEqual(treeOrder(list).map((c) => c.id));
      }),
      { numRuns: 500, seed: 1315 },
    );
  });

  it('the matrix lists themes, areas and groups in the same order for any arrival order', () => {
    const area = fc.record({ id, sortKey: key, theme: fc.nat({ max: 3 }) });
    fc.assert(
      fc.property(
        withShuffle(fc.uniqueArray(fc.record({ id, sortKey: key }), { selector: (r) => r.id, minLength: 1, maxLength: 4 })),
        withShuffle(fc.uniqueArray(area, { selector: (r) => r.id, maxLength: 10 })),
        ([themes, themesShuffled], [areas, areasShuffled]) => {
          const asAreas = (list: typeof areas) =>
            list.map((a) => ({ id: `o${a.id}`, sortKey: a.sortKey, themeId: themes[a.theme % themes.length]!.id, parentId: null, name: a.id, problems: null, method: null, actors: null }));
          const listed = (t: typeof themes, a: typeof areas) => {
            const order = orderMatrix({ themes: t.map((x) => ({ ...x, name: x.id })), areas: asAreas(a), groups: [] });
            return order.themes.flatMap((th) => [th.id, ...(order.rowsByTheme.get(th.id) ?? []).map((r) => r.area.id)]);
          };
          expect(listed(themesShuffled, areasShuffled)).toEqual(listed(themes, areas));
        },
      ),
      { numRuns: 300, seed: 1316 },
    );
  });
});
