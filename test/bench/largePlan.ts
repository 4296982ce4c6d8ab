// The foundation benchmark's plan: 500 chapters, 60 areas, 20 images, on top of the sample plan. Deterministic.
import type { Area, Cell, Chapter, PlanData } from '../../shared/domain/plan';
import { cellId } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { pngAsset } from '../document/fixtures';

const paragraph = (n: number) => ({
  type: 'paragraph',
  content: [{ type: 'text', text: `Avsnitt ${n}: kommunen vil styrke tidlig innsats, mestring og samarbeid mellom tjenestene, med brukerens mål i sentrum.` }],
});

export function buildLargePlan(counts = { chapters: 500, areas: 60, images: 20 }): PlanData {
  const plan = buildSamplePlan();
  const images = Array.from({ length: counts.images }, (_, i) => pngAsset(`bilde-${i + 1}.png`, `Illustrasjon ${i + 1}`, 400, 240, i + 10));
  const chapters: Chapter[] = Array.from({ length: counts.chapters }, (_, i) => ({
    id: `bench-chapter-${String(i + 1).padStart(4, '0')}`,
    sortKey: 1000 + i,
    parentId: null,
    kind: 'chapter',
    title: `Kapittel ${i + 1}`,
    numbered: true,
    status: 'utkast',
    groupId: null,
    body: {
      type: 'doc',
      content: [
        paragraph(i * 3),
        paragraph(i * 3 + 1),
        ...(i < counts.images ? [{ type: 'image', attrs: { assetId: images[i]!.id, alt: images[i]!.alt, decorative: false } }] : []),
        paragraph(i * 3 + 2),
      ],
    },
  }));
  const theme = plan.themes[0]!;
  const group = plan.groups[0]!;
  const extraAreas: Area[] = [];
  const extraCells: Cell[] = [];
  for (let i = plan.areas.length; i < counts.areas; i++) {
    const id = `bench-area-${String(i + 1).padStart(3, '0')}`;
    extraAreas.push({ id, sortKey: 1000 + i, themeId: theme.id, parentId: null, name: `Område ${i + 1}`, problems: null, method: null, actors: null });
    extraCells.push({ id: cellId(id, group.id), areaId: id, groupId: group.id, level: 'DpH' });
  }
  return {
    ...plan,
    chapters: [...plan.chapters, ...chapters],
    areas: [...plan.areas, ...extraAreas],
    cells: [...plan.cells, ...extraCells],
    assets: [...plan.assets, ...images],
  };
}
