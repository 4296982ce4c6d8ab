// The Yjs documents of recently written chapters, kept in memory so that storing one typing pause's update and deriving
// the chapter's JSON from the document does not replay every stored update each time. A cached document is used only
// while the chapter's stored updates are exactly those it was built from (their count and last row id): a rolled-back
// transaction, a merge or another connection's write makes it stale, and it is rebuilt from the file.
import * as Y from 'yjs';
import { yDocFromUpdates } from '../../../shared/editor';

/** Chapters typed in at the same time are few; a 300-page chapter's document is some megabytes. */
const KEEP = 8;

export class ChapterDocs {
  private readonly docs = new Map<string, { doc: Y.Doc; signature: string }>();

  constructor(
    private readonly updatesOf: (chapterId: string) => Uint8Array[],
    private readonly signatureOf: (chapterId: string) => string,
  ) {}

  /** The chapter's document as stored now. Change it only through `applied` (after storing the update). */
  get(chapterId: string): Y.Doc {
    const signature = this.signatureOf(chapterId);
    const hit = this.docs.get(chapterId);
    if (hit && hit.signature === signature) {
      this.remember(chapterId, hit.doc, signature); // most recently used last
      return hit.doc;
    }
    const doc = yDocFromUpdates(this.updatesOf(chapterId));
    this.remember(chapterId, doc, signature);
    return doc;
  }

  /** The cached document when it is the stored state, else null (nothing is built: merges store many updates first). */
  cached(chapterId: string): Y.Doc | null {
    const hit = this.docs.get(chapterId);
    return hit && hit.signature === this.signatureOf(chapterId) ? hit.doc : null;
  }

  /** A document of the stored state that is the caller's to change (not cached). */
  detached(chapterId: string): Y.Doc {
    return yDocFromUpdates(this.updatesOf(chapterId));
  }

  /** `update` was just stored: `doc` (from `cached` before storing) takes it in and stays cached. */
  applied(chapterId: string, doc: Y.Doc, update: Uint8Array): void {
    Y.applyUpdate(doc, update);
    this.remember(chapterId, doc, this.signatureOf(chapterId));
  }

  /** The stored updates were merged into fewer: same content, new signature. */
  compacted(chapterId: string): void {
    const hit = this.docs.get(chapterId);
    if (hit) hit.signature = this.signatureOf(chapterId);
  }

  private remember(chapterId: string, doc: Y.Doc, signature: string): void {
    this.docs.delete(chapterId);
    this.docs.set(chapterId, { doc, signature });
    for (const oldest of this.docs.keys()) {
      if (this.docs.size <= KEEP) break;
      this.docs.get(oldest)?.doc.destroy();
      this.docs.delete(oldest);
    }
  }
}
