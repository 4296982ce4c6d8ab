// Value equality for field values and blocks: JSON with object keys sorted, so the same rich text read from the plan
// file and from a JSON file (keys in another order) is the same.
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export const sameValue = (a: unknown, b: unknown): boolean => a === b || stableJson(a) === stableJson(b);
