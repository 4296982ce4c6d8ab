// Reads chosen entries of an untrusted ZIP (a Word template) without trusting its numbers: a cap on the entry count,
// each entry inflated by zlib with a hard output limit (a zip bomb stops at the limit, whatever its header says),
// only stored/deflated entries, no ZIP64 (Word never needs it for a template).
import { inflateRawSync } from 'node:zlib';

export type ZipLimits = {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: (name: string) => number;
  /** Most bytes all read entries may inflate to together. */
  maxTotalBytes: number;
};

export type ZipProblem = 'not-zip' | 'too-many-entries' | 'entry-too-large' | 'total-too-large' | 'unsupported';
export class ZipRefusal extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(zip: Buffer): number {
  // The comment after the record is at most 65535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new ZipRefusal('not-zip');
}

/** The names and sizes the central directory lists. */
export function listZip(zip: Buffer, limits: ZipLimits): Entry[] {
  if (zip.length < 22) throw new ZipRefusal('not-zip');
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipRefusal('unsupported');
  if (count > limits.maxEntries) throw new ZipRefusal('too-many-entries');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ZipRefusal('not-zip');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of the entries `wanted` keeps, inflated within the limits. */
export function readZipEntries(zip: Buffer, wanted: (name: string) => boolean, limits: ZipLimits): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let total = 0;
  for (const entry of listZip(zip, limits)) {
    if (!wanted(entry.name) || out.has(entry.name)) continue;
    const limit = limits.maxEntryBytes(entry.name);
    if (entry.size > limit) throw new ZipRefusal('entry-too-large');
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new ZipRefusal('not-zip');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize) throw new ZipRefusal('not-zip');
    let bytes: Buffer;
    if (entry.method === 0) bytes = Buffer.from(raw);
    else if (entry.method === 8) {
      try {
        bytes = inflateRawSync(raw, { maxOutputLength: Math.max(1, limit) });
      } catch (err) {
        throw new ZipRefusal((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'entry-too-large' : 'not-zip');
      }
    } else throw new ZipRefusal('unsupported');
    // A header that understates the size is a lie; the data decides.
    if (bytes.length !== entry.size) throw new ZipRefusal('not-zip');
    total += bytes.length;
    if (total > limits.maxTotalBytes) throw new ZipRefusal('total-too-large');
    out.set(entry.name, bytes);
  }
  return out;
}
