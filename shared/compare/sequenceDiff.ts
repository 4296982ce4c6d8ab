// The one place Planverk calls the diff library (jsdiff's diffArrays, Myers' O(ND) algorithm): two sequences of keys
// in, runs of equal / deleted / inserted index ranges out, so callers keep their own items (from either side).
import { diffArrays } from 'diff';

export type Run = { kind: 'equal' | 'del' | 'ins'; from: number; to: number; count: number };

/** Runs over `a` and `b` (equal runs advance both; `from`/`to` are the start indexes in a and b). */
export function diffKeys(a: readonly string[], b: readonly string[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(a as string[], b as string[])) {
    const count = part.count;
    if (part.added) {
      runs.push({ kind: 'ins', from: i, to: j, count });
      j += count;
    } else if (part.removed) {
      runs.push({ kind: 'del', from: i, to: j, count });
      i += count;
    } else {
      runs.push({ kind: 'equal', from: i, to: j, count });
      i += count;
      j += count;
    }
  }
  return runs;
}
