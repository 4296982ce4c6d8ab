// Row ids: random UUIDs (Web Crypto is a global in Node 20 and in browsers), or seeded in tests for byte-stable output.
export type IdSource = () => string;

export const randomId: IdSource = () => crypto.randomUUID();

/** Predictable ids for tests and the built-in sample plan: "<prefix>-0001", "<prefix>-0002", … */
export function seededIds(prefix: string): IdSource {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}
