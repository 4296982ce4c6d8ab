// Fixed plans for the document tests: the sample plan with an image, a captioned table, a footnote, a link and live
// blocks; a nynorsk plan whose own text is neutral (so only generated words are in bokmål or nynorsk); a hostile plan.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Asset, Chapter, PlanData } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A real RGB PNG of the given size: a colour gradient, so sizes and bytes differ per seed. */
export function makePng(width: number, height: number, seed = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8);
  ihdr.writeUInt8(2, 9);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width + seed * 40;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 120 + seed * 13;
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export function pngAsset(name: string, alt: string, width = 320, height = 180, seed = 0, decorative = false): Asset {
  const bytes = makePng(width, height, seed);
  return { id: createHash('sha256').update(bytes).digest('hex'), mime: 'image/png', name, alt, decorative, dataBase64: bytes.toString('base64') };
}

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

type Node = { type?: string; content?: Node[] };
const withoutLiveBlocks = (n: Node): Node => (n.content ? { ...n, content: n.content.filter((c) => c.type !== 'liveBlock').map(withoutLiveBlocks) } : n);

/**
 * The sample's chapter text without its live blocks and its added frame and appendix chapters: the renderer tests
 * place their own live blocks (below), so their numbering does not move when the sample grows.
 * (test/templates covers the sample's complete export.)
 */
function sampleText(): PlanData {
  const plan = buildSamplePlan();
  const chapters = plan.chapters.filter((c) => !c.id.startsWith('sample-kap')).map((c) => ({ ...c, body: withoutLiveBlocks(c.body as Node) as Chapter['body'] }));
  return { ...plan, chapters };
}

/** The sample plan plus a chapter that uses every kind of content the builder supports. */
export function fixturePlan(): PlanData {
  const plan = sampleText();
  const image = pngAsset('befolkning.png', 'Søylediagram: antall innbyggere over 80 år dobles fram mot 2040');
  const logo = pngAsset('kommunevapen.png', 'Kommunevåpenet til Eksempel kommune', 120, 140, 3);
  const group = plan.groups.find((g) => g.number === 2) ?? plan.groups[0]!;
  const maxSort = Math.max(0, ...plan.chapters.filter((c) => c.parentId === null).map((c) => c.sortKey));
  const chapter: Chapter = {
    id: 'fixture-vedlegg',
    sortKey: maxSort + 1,
    parentId: null,
    kind: 'chapter',
    title: 'Vedlegg: tall og tabeller',
    numbered: true,
    status: 'ferdig',
    groupId: null,
    body: {
      type: 'doc',
      content: [
        para(text('Les mer hos '), text('Statistisk sentralbyrå', [{ type: 'link', attrs: { href: 'https://www.ssb.no/' } }]), text('.'), { type: 'footnote', attrs: { text: 'Tall fra SSB, framskriving 2024.' } }),
        { type: 'image', attrs: { src: `cid:${image.id}`, assetId: image.id, alt: image.alt, decorative: false, caption: 'Befolkningsutvikling 80 år og eldre' } },
        {
          type: 'table',
          attrs: { caption: 'Nøkkeltall for tjenestene' },
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [para(text('Tjeneste'))] }, { type: 'tableHeader', content: [para(text('Brukere 2024'))] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('Hjemmesykepleie'))] }, { type: 'tableCell', content: [para(text('412'))] }] },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [text('Milepæler og tiltak')] },
        { type: 'liveBlock', attrs: { kind: 'milestones', groupId: null } },
        { type: 'liveBlock', attrs: { kind: 'measures', groupId: null } },
        { type: 'liveBlock', attrs: { kind: 'matrix-overview', groupId: null } },
        { type: 'liveBlock', attrs: { kind: 'matrix-group', groupId: group.id } },
        { type: 'liveBlock', attrs: { kind: 'merknadsbehandling', groupId: null } },
        { type: 'heading', attrs: { level: 3 }, content: [text('Kilder')] },
        { type: 'mysteryNode', content: [para(text('Tekst fra en ukjent node'))] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('Første punkt'))] }, { type: 'listItem', content: [para(text('Andre punkt'))] }] },
      ],
    },
  };
  return {
    ...plan,
    plan: { ...plan.plan, profileLogoAssetId: logo.id },
    assets: [...plan.assets, image, logo],
    chapters: [...plan.chapters, chapter],
  };
}

const TEXT_KEYS = new Set([
  'title', 'subtitle', 'municipality', 'name', 'leader', 'members', 'purpose', 'scope', 'caseNumber', 'versionLabel', 'participants',
  'responsibility', 'role', 'summary', 'assessment', 'fullText', 'sender', 'unit', 'followUp', 'explanation', 'text', 'alt', 'caption', 'focusAreas', 'groupsLabel',
]);

/** Every text the user wrote replaced by "Lorem": what remains in the document is what Planverk generated. */
function neutralise(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) && value.trim() ? 'Lorem' : value;
  if (Array.isArray(value)) return value.map((v) => neutralise(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralise(v, k)]));
  return value;
}

export function nynorskPlan(): PlanData {
  const plan = neutralise(fixturePlan()) as PlanData;
  return { ...plan, plan: { ...plan.plan, malform: 'nn' } };
}

export const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

/** Texts that would run as code if any renderer forgot to escape them. */
export function hostilePlan(): PlanData {
  const plan = fixturePlan();
  const chapter: Chapter = {
    id: 'hostile',
    sortKey: 999,
    parentId: null,
    kind: 'chapter',
    title: `Farlig ${HOSTILE}`,
    numbered: true,
    status: 'utkast',
    groupId: null,
    body: {
      type: 'doc',
      content: [
        para(text(HOSTILE), text('klikk', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' og "sitat" & \'apostrof\'')),
        { type: 'image', attrs: { assetId: 'finnes-ikke', alt: `" onerror="alert(2)`, decorative: false } },
      ],
    },
  };
  return {
    ...plan,
    plan: { ...plan.plan, title: `Plan ${HOSTILE}`, profileFont: `Calibri;}</style><script>alert(3)</script>` },
    groups: plan.groups.map((g, i) => (i === 0 ? { ...g, name: `${g.name} ${HOSTILE}` } : g)),
    chapters: [...plan.chapters, chapter],
    inputs: plan.inputs.map((inp, i) => (i === 0 ? { ...inp, summary: HOSTILE } : inp)),
  };
}
