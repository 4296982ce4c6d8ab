// The export benchmark's reference plan: the sample plan (full matrix, structured tables, hearing) grown to about
// 200 pages with 30 chapters of prose, 40 captioned tables and 10 images. Deterministic: same plan on every run.
import type { Chapter, PlanData } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { pngAsset } from '../document/fixtures';

const WORDS = (
  'kommunen skal sikre gode og helhetlige tjenester til innbyggerne gjennom tidlig innsats forebygging og mestring ' +
  'der brukerens egne ressurser står i sentrum og tjenestene samarbeider på tvers av enheter og nivåer med frivillige ' +
  'pårørende og næringsliv slik at flere kan bo trygt hjemme lenger og få riktig hjelp til riktig tid'
).split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

const text = (t: string) => ({ type: 'text', text: t });
const para = (seed: number) => ({ type: 'paragraph', content: [text(Array.from({ length: 5 }, (_, i) => sentence(seed + i, 14 + ((seed + i) % 6))).join(' '))] });

function table(n: number) {
  const row = (cells: string[], header = false) => ({
    type: 'tableRow',
    content: cells.map((c) => ({ type: header ? 'tableHeader' : 'tableCell', content: [{ type: 'paragraph', content: [text(c)] }] })),
  });
  return {
    type: 'table',
    attrs: { caption: `Nøkkeltall ${n} for tjenesteområdet` },
    content: [row(['Tjeneste', 'Brukere 2023', 'Brukere 2024', 'Endring'], true), ...Array.from({ length: 8 }, (_, i) => row([`Tjeneste ${n}.${i + 1}`, String(100 + n * 7 + i), String(110 + n * 5 + i * 3), `${((n + i) % 9) - 3} %`]))],
  };
}

export const REFERENCE_COUNTS = { chapters: 30, tables: 40, images: 10 } as const;

export function buildReferencePlan(): PlanData {
  const plan = buildSamplePlan();
  const images = Array.from({ length: REFERENCE_COUNTS.images }, (_, i) => pngAsset(`figur-${i + 1}.png`, `Diagram ${i + 1}: utvikling i antall brukere per år`, 600, 360, i));
  const liveKinds = ['matrix-overview', 'matrix-all', 'milestones', 'organisation', 'laws', 'documents', 'measures', 'merknadsbehandling'];
  const chapters: Chapter[] = [];
  let tables = liveKinds.length + 1; // the live blocks below, plus the sample's own table
  for (let c = 0; c < REFERENCE_COUNTS.chapters; c++) {
    const content: unknown[] = [];
    for (let s = 0; s < 4; s++) {
      content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`Tema ${c + 1}.${s + 1}`)] });
      for (let p = 0; p < 9; p++) content.push(para(c * 100 + s * 10 + p));
    }
    if (tables < REFERENCE_COUNTS.tables) {
      content.push(table(tables + 1));
      tables++;
    }
    if (c < images.length) content.push({ type: 'image', attrs: { assetId: images[c]!.id, alt: images[c]!.alt, decorative: false, caption: `Utvikling ${c + 1}` } });
    const kind = liveKinds[c];
    if (kind) content.push({ type: 'liveBlock', attrs: { kind, groupId: null } });
    chapters.push({
      id: `ref-chapter-${c + 1}`,
      sortKey: 100 + c,
      parentId: null,
      kind: 'chapter',
      title: `Innsatsområde ${c + 1}`,
      numbered: true,
      status: 'ferdig',
      groupId: null,
      body: { type: 'doc', content },
    });
  }
  while (tables < REFERENCE_COUNTS.tables) {
    const host = chapters[tables % chapters.length]!;
    host.body.content!.push(table(++tables));
  }
  return { ...plan, assets: [...plan.assets, ...images], chapters: [...plan.chapters, ...chapters] };
}
