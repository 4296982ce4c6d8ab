// The built-in sample plan (CLI `new --sample`, first start): the health-and-care matrix plus every part in use.
// Deterministic: seeded ids and fixed dates, so two builds are byte-identical as JSON.
import { seededIds } from '../domain/ids';
import { defaultFrame } from '../domain/emptyPlan';
import { suggestedStatusLine } from '../document/frameTexts';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type Area, type Group, type PlanData, type PlanFrame } from '../domain/plan';
import { importMatrixJson, type MatrixFragment } from '../matrix/importJson';
import { plainTextToRichText } from '../matrix/richText';
import matrixJson from './matrix-health-care.json';
import { buildSampleChapters } from './sampleChapters';
import { buildSampleHearingParties, buildSampleInputs } from './sampleHearing';
import { buildSampleDocuments, buildSampleLaws, buildSampleMeasures, buildSampleMilestones, buildSampleOrgRoles } from './sampleTables';
import { AREA_TEXTS, GROUP_LEADERS, GROUP_MEMBERS } from './sampleTexts';

export const SAMPLE_ID_PREFIX = 'sample';

function sampleFrame(id: string): PlanFrame {
  const frame: PlanFrame = {
    ...defaultFrame(id),
    title: 'Kommunedelplan helse og omsorg 2025–2037',
    subtitle: 'Mestring og trygghet gjennom hele livet',
    municipality: 'Eksempel kommune',
    planType: 'kommunedelplan',
    periodFrom: 2025,
    periodTo: 2037,
    malform: 'nb',
    phase: 'planforslag-hoering',
    caseNumber: 'Sak K-012/25',
    versionLabel: 'Høringsutkast',
    versionDate: '2025-04-10',
    purpose:
      'Planen skal gi kommunen en felles retning for helse- og omsorgstjenestene fram mot 2037, slik at innbyggerne får gode tjenester også når behovene øker og tilgangen på fagfolk ikke gjør det.',
    scope:
      'Planen omfatter kommunens helse- og omsorgstjenester og folkehelsearbeid for alle aldersgrupper. Spesialisthelsetjenesten og barnevernet omtales bare der de samarbeider med kommunen.',
    focusAreas: ['Mestring hjemme', 'Helhetlige tjenester', 'Forebygging og folkehelse', 'Kompetanse og rekruttering', 'Innovasjon og teknologi'],
    hearingStart: '2025-04-15',
    hearingEnd: '2025-06-02',
    groupsLabel: 'Arbeidsgrupper',
  };
  return { ...frame, statusLine: suggestedStatusLine(frame) };
}

function withGroupPeople(groups: Group[]): Group[] {
  return groups.map((g) => ({ ...g, leader: GROUP_LEADERS[String(g.number)] ?? '', members: GROUP_MEMBERS[String(g.number)] ?? '' }));
}

function withAreaTexts(areas: Area[]): Area[] {
  return areas.map((a) => {
    const texts = a.parentId === null ? AREA_TEXTS[a.name] : undefined;
    if (!texts) return a;
    return { ...a, problems: plainTextToRichText(texts.problems), method: plainTextToRichText(texts.method), actors: plainTextToRichText(texts.actors) };
  });
}

function sampleMatrix(newId: () => string): MatrixFragment {
  const imported = importMatrixJson(matrixJson, newId);
  // The bundled JSON is part of the build; failing here means the build itself is broken.
  if (!imported.ok) throw new Error(`Eksempelmatrisen er ugyldig: ${imported.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const m = imported.matrix;
  return { ...m, groups: withGroupPeople(m.groups), areas: withAreaTexts(m.areas) };
}

export function buildSamplePlan(): PlanData {
  const newId = seededIds(SAMPLE_ID_PREFIX);
  const plan = sampleFrame(newId());
  const matrix = sampleMatrix(newId);
  const innovation = matrix.groups.find((g) => g.number === 5) ?? matrix.groups[0]!;
  const { chapters, ids } = buildSampleChapters(newId, innovation.id);
  const topAreas = matrix.areas.filter((a) => a.parentId === null);
  const pick = (name: string): string => topAreas.find((a) => a.name === name)?.id ?? topAreas[0]!.id;
  const areaNote = { id: newId(), areaId: pick('Institusjonsstruktur'), date: '2024-10-03', text: 'Flyttet fra Hjemmetjenester og koordinering til Institusjonstjenester og struktur' };
  const mergedNote = { id: newId(), areaId: pick('Bolig'), date: '2024-10-17', text: 'Slått sammen tema' };
  return {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    plan,
    ...matrix,
    areaNotes: [areaNote, mergedNote],
    chapters,
    assets: [],
    milestones: buildSampleMilestones(newId),
    orgRoles: buildSampleOrgRoles(newId),
    laws: buildSampleLaws(newId),
    documents: buildSampleDocuments(newId),
    measures: buildSampleMeasures(
      newId,
      matrix.themes.map((t) => t.id),
      ids.handlingsplan,
    ),
    hearingParties: buildSampleHearingParties(newId),
    inputs: buildSampleInputs(newId, {
      chapterIds: [ids.utfordringsbilde, ids.strategier],
      areaIds: [pick('Meningsfull og aktiv hverdag'), pick('Kompetanse og rekruttering'), pick('Frivillighet, organisasjoner og næringsliv'), pick('Avlastning')],
    }),
    comments: [],
    planWords: [],
    inputChanges: [],
  };
}
