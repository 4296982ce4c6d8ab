// Versions' size (issue 16): a ~300-page plan edited in 50 rounds, with a named version after each round, against the
// same plan with the same 50 rounds of edits and no versions (goal ≤ 1.5×). Sizes are of clean copies (VACUUM INTO),
// as a plan travels. Also: the time to make a version and to read the plan at the oldest version (first and again).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlanFile, openPlanFile, type PlanFile } from '../../electron/services/store';
import { makeVersion, readVersion } from '../../electron/services/versions/versionService';
import type { Chapter, PlanData } from '../../shared/domain/plan';
import { buildReferencePlan } from './referencePlan';
import type { Figures } from './run';

const VERSIONS = 50;

/** The export bench's ~186-page reference plan with its prose chapters taken again under new ids: about 300 pages. */
export function build300PagePlan(): PlanData {
  const plan = buildReferencePlan();
  const prose = plan.chapters.filter((c) => c.parentId === null && (c.body.content?.length ?? 0) > 8).slice(0, 20);
  const extra: Chapter[] = prose.map((c, i) => ({ ...c, id: `ekstra-${i}`, sortKey: 1000 + i, title: `${c.title} (forts.)` }));
  return { ...plan, chapters: [...plan.chapters, ...extra] };
}

/** One round of an adviser's work: a paragraph typed into a chapter, a sentence changed in another, a field renamed. */
function editRound(file: PlanFile, round: number): void {
  const plan = file.readPlan();
  const chapters = plan.chapters.filter((c) => (c.body.content?.length ?? 0) > 2);
  const typed = chapters[(round * 7) % chapters.length]!;
  const changed = chapters[(round * 11 + 3) % chapters.length]!;
  const content = [...(typed.body.content ?? [])];
  content.splice(1, 0, { type: 'paragraph', content: [{ type: 'text', text: `Runde ${round}: kommunen vil styrke samarbeidet mellom tjenestene og følge opp tiltakene hvert år.` }] });
  const other = [...(changed.body.content ?? [])];
  other.splice(2, 1);
  file.mutate([
    { table: 'chapters', id: typed.id, column: 'body', value: { type: 'doc', content } },
    { table: 'chapters', id: changed.id, column: 'body', value: { type: 'doc', content: other } },
    { table: 'themes', id: plan.themes[round % plan.themes.length]!.id, column: 'name', value: `Tema endret i runde ${round}` },
  ]);
}

function cleanSize(file: PlanFile, path: string): number {
  file.saveCopy(path);
  return statSync(path).size;
}

export async function benchVersions(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-versions-'));
  try {
    const plan = build300PagePlan();
    const withPath = join(dir, 'med.planverk');
    const withoutPath = join(dir, 'uten.planverk');
    createPlanFile(withPath, plan).close();
    createPlanFile(withoutPath, plan).close();
    const withVersions = openPlanFile(withPath);
    const without = openPlanFile(withoutPath);
    const makeMs: number[] = [];
    let first = '';
    for (let round = 0; round < VERSIONS; round++) {
      editRound(withVersions, round);
      editRound(without, round);
      const t = performance.now();
      const v = makeVersion(withVersions, { name: `Versjon ${round + 1}`, note: 'Etter arbeidsmøtet' });
      makeMs.push(performance.now() - t);
      if (round === 0) first = v.id;
    }
    let t = performance.now();
    readVersion(withVersions, first);
    const readOldestMs = performance.now() - t;
    // Again: each chapter at a version is remembered (chapterAtVersion.ts), as when the compare page reads it again.
    t = performance.now();
    readVersion(withVersions, first);
    const readOldestAgainMs = performance.now() - t;
    const withBytes = cleanSize(withVersions, join(dir, 'med-kopi.planverk'));
    const withoutBytes = cleanSize(without, join(dir, 'uten-kopi.planverk'));
    const versionRows = withVersions.database.prepare('SELECT sum(length(snapshot)) FROM versionChapters').pluck().get() as number;
    withVersions.close();
    without.close();
    const freshPath = join(dir, 'uten-historikk.planverk');
    const final = openPlanFile(withoutPath, { readOnly: true });
    createPlanFile(freshPath, final.readPlan()).close();
    final.close();
    makeMs.sort((a, b) => a - b);
    return {
      'versions.size.withVersions': { value: withBytes, unit: 'bytes', anchor: 'versions.size.withoutVersions' },
      'versions.size.withoutVersions': { value: withoutBytes, unit: 'bytes' },
      'versions.size.snapshotBytes': { value: versionRows, unit: 'bytes' },
      'versions.size.noHistory': { value: statSync(freshPath).size, unit: 'bytes' },
      'versions.make.p50': { value: makeMs[Math.floor(makeMs.length / 2)]!, unit: 'ms' },
      'versions.readOldest': { value: readOldestMs, unit: 'ms' },
      'versions.readOldest.again': { value: readOldestAgainMs, unit: 'ms', anchor: 'versions.readOldest' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
