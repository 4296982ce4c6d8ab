// The builder's running state: caption and footnote counters, heading ids and asset lookup, shared by every part of a build
// so that "Tabell N" and "Figur N" are numbered through the whole document.
import type { Asset, PlanData } from '../../domain/plan';
import { isolate } from '../../domain/text';
import { base64ToBytes, imageSize } from '../imageSize';
import type { Caption, Footnote, ImageRef, Inline } from '../model';
import type { Words } from '../words';
import type { HearingChanges } from '../../compare/hearingChanges';
import type { ReviewState } from './reviewContent';

const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/gif', 'image/svg+xml', 'image/webp'] as const;
type ImageMime = (typeof IMAGE_MIMES)[number];

export class BuildContext {
  private tables = 0;
  private figures = 0;
  private headings = 0;
  readonly footnotes: Footnote[] = [];
  private readonly assets: Map<string, Asset>;

  constructor(
    readonly plan: PlanData,
    readonly words: Words,
    /** Set for the export «med kommentarer og forslag»; null draws the clean document. */
    readonly review: ReviewState | null = null,
    /** «Endringer etter høring» against the hearing draft (the service compares); null: the plan has no hearing draft. */
    readonly hearingChanges: HearingChanges | null = null,
    /** Stamp chapters' blocks with their origin (BuildOptions.origins: a compare redline names who changed what). */
    readonly origins = false,
  ) {
    this.assets = new Map(plan.assets.map((a) => [a.id, a]));
  }

  tableCaption(text: string): Caption {
    const number = ++this.tables;
    return caption(this.words.table, number, text, `tabell-${number}`);
  }

  figureCaption(text: string): Caption {
    const number = ++this.figures;
    return caption(this.words.figure, number, text, `figur-${number}`);
  }

  /** Bookmark names Word accepts (a letter first, no spaces, short) and HTML ids alike. */
  headingId(): string {
    return `h${++this.headings}`;
  }

  addFootnote(runs: Inline[]): number {
    const id = this.footnotes.length + 1;
    this.footnotes.push({ id, runs });
    return id;
  }

  asset(id: string): Asset | undefined {
    return this.assets.get(id);
  }

  /** The image an asset holds, or null when it is missing or not a picture. */
  imageRef(id: string): (ImageRef & { alt: string; decorative: boolean }) | null {
    const asset = this.assets.get(id);
    if (!asset || !isImageMime(asset.mime)) return null;
    const size = sizeFromBase64(asset.dataBase64);
    return {
      assetId: asset.id,
      mime: asset.mime,
      dataBase64: asset.dataBase64,
      widthPx: size?.width ?? null,
      heightPx: size?.height ?? null,
      alt: asset.alt,
      decorative: asset.decorative,
    };
  }
}

function isImageMime(mime: string): mime is ImageMime {
  return (IMAGE_MIMES as readonly string[]).includes(mime);
}

function caption(label: string, number: number, text: string, id: string): Caption {
  const clean = text.trim();
  return { label, number, text: clean, full: clean ? `${label} ${number}: ${isolate(clean)}` : `${label} ${number}`, id };
}

/** Only web and mail links survive into a document; anything else (javascript:, data:, file:) becomes plain text. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A picture's pixel size from the start of its base64: PNG and GIF say it in their first bytes and a JPEG mostly within
 * its first few KB, so a short head is decoded first and up to 150 KB only for a JPEG whose frame header is further in
 * (decoding 150 KB of every picture was ≈ 15 ms of a cold export). Null for bytes that are no picture.
 */
function sizeFromBase64(b64: string): { width: number; height: number } | null {
  for (const length of [4_096, 200_000]) {
    try {
      const size = imageSize(base64ToBytes(b64.slice(0, length)));
      if (size || b64.length <= length) return size;
    } catch {
      return null;
    }
  }
  return null;
}
