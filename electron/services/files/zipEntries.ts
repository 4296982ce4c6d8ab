// Reads a zip's central directory and inflates its entries under limits, before a library (mammoth, exceljs) unpacks it
// trusting whatever sizes the file declares: a few kilobytes can otherwise expand to gigabytes.
import { inflateRawSync } from 'node:zlib';

export type ZipLimits = {
  maxEntries: number;
  /** The most bytes any one entry may expand to. */
  maxEntryBytes: number;
  /** The most bytes all entries together may expand to. */
  maxTotalBytes: number;
};

/** Why a zip was refused: the caller turns it into its own sentence. */
export type ZipProblem = { kind: 'not-zip' } | { kind: 'too-many-entries' } | { kind: 'too-large'; entry: string };

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEnd(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) if (bytes.readUInt32LE(i) === END_SIGNATURE) return i;
  throw new ZipRefused({ kind: 'not-zip' });
}

function listEntries(bytes: Buffer, limits: ZipLimits): Entry[] {
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  if (count > limits.maxEntries) throw new ZipRefused({ kind: 'too-many-entries' });
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipRefused({ kind: 'not-zip' });
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function inflateEntry(bytes: Buffer, entry: Entry, maxBytes: number): Buffer {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new ZipRefused({ kind: 'not-zip' });
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (packed.length > maxBytes) throw new ZipRefused({ kind: 'too-large', entry: entry.name });
    return packed;
  }
  try {
    // maxOutputLength stops zlib at the limit instead of after the bomb has gone off.
    return inflateRawSync(packed, { maxOutputLength: maxBytes + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new ZipRefused({ kind: 'too-large', entry: entry.name });
    throw new ZipRefused({ kind: 'not-zip' });
  }
}

/**
 * Inflates every entry of the zip under the limits (the real sizes count, not the declared ones) and returns the
 * contents of the entries `keep` asks for. Throws ZipRefused. Entries in a method we cannot read are left to the library.
 */
export function readZipWithinLimits(bytes: Buffer, limits: ZipLimits, keep: (name: string) => boolean): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  let total = 0;
  for (const entry of listEntries(bytes, limits)) {
    const allowed = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    // The declared size refuses an honest large file at once; a lying one is caught while inflating.
    if (entry.size > allowed) throw new ZipRefused({ kind: 'too-large', entry: entry.name });
    if (entry.method !== STORED && entry.method !== DEFLATED) continue;
    const data = inflateEntry(bytes, entry, allowed);
    if (data.length > allowed) throw new ZipRefused({ kind: 'too-large', entry: entry.name });
    total += data.length;
    if (keep(entry.name)) kept.set(entry.name, data);
  }
  return kept;
}
