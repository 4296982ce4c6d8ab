// The sample plan's chapter tree: two parts with chapters whose bodies use headings, lists and a table.
import type { Chapter } from '../domain/plan';
import { seededIds, type IdSource } from '../domain/ids';
import { chaptersFromSpecs, type ChapterSpec } from '../templates/skeleton';
import { bullets, doc, heading, live, para, table } from './tiptap';

/** Chapters added after the first sample got their ids from their own seed, so the older rows keep theirs. */
const SAMPLE_CHAPTER_ID_PREFIX = 'sample-kap';

export type SampleChapterIds = { handlingsplan: string; utfordringsbilde: string; strategier: string };

export function buildSampleChapters(newId: IdSource, innovationGroupId: string): { chapters: Chapter[]; ids: SampleChapterIds } {
  const part1 = newId();
  const innledning = newId();
  const utfordringsbilde = newId();
  const groupReport = newId();
  const part2 = newId();
  const strategier = newId();
  const handlingsplan = newId();
  const base = { numbered: true, groupId: null } as const;
  const chapters: Chapter[] = [
    { ...base, id: part1, sortKey: 1, parentId: null, kind: 'part', title: 'Del 1 – rammebetingelser', status: 'ferdig', body: doc() },
    {
      ...base,
      id: innledning,
      sortKey: 1,
      parentId: part1,
      kind: 'chapter',
      title: 'Innledning',
      status: 'ferdig',
      body: doc(
        para('Kommunedelplanen for helse og omsorg viser hvordan Eksempel kommune vil møte behovene i befolkningen fram mot 2037.'),
        live('project-description'),
        heading(2, 'Bakgrunn'),
        para('Planen bygger på planprogrammet som ble fastsatt av kommunestyret, og på innspill fra brukere, ansatte og samarbeidspartnere.'),
        heading(2, 'Slik er planen bygd opp'),
        bullets('Del 1 beskriver rammene og utfordringene.', 'Del 2 beskriver strategiene og handlingsplanen.', 'Vedleggene viser ansvarsfordelingen i detalj.'),
      ),
    },
    {
      ...base,
      id: utfordringsbilde,
      sortKey: 2,
      parentId: part1,
      kind: 'chapter',
      title: 'Utfordringsbilde',
      status: 'til-gjennomsyn',
      body: doc(
        para('Andelen innbyggere over 80 år vil nesten dobles i planperioden, mens antallet i yrkesaktiv alder holder seg stabilt.'),
        heading(2, 'Befolkningsutvikling'),
        table(
          ['Aldersgruppe', '2025', '2031', '2037'],
          [
            ['0–19 år', '4 310', '4 150', '4 020'],
            ['20–66 år', '11 870', '11 920', '11 880'],
            ['67–79 år', '2 540', '2 910', '3 180'],
            ['80 år og eldre', '1 020', '1 480', '1 930'],
          ],
        ),
        para('Tallene er tenkte eksempler for demonstrasjon.'),
        heading(2, 'Innsatsområder'),
        live('focus-areas'),
      ),
    },
    {
      ...base,
      id: groupReport,
      sortKey: 3,
      parentId: utfordringsbilde,
      kind: 'chapter',
      title: 'Rapport fra arbeidsgruppe for utvikling og innovasjon',
      status: 'utkast',
      groupId: innovationGroupId,
      body: doc(
        para('Arbeidsgruppen har kartlagt velferdsteknologi og digital samhandling.'),
        bullets('Digitalt tilsyn bør tilbys alle som bor hjemme med tjenester.', 'Meldingsutvekslingen med fastlegene bør gjennomgås.'),
      ),
    },
    { ...base, id: part2, sortKey: 2, parentId: null, kind: 'part', title: 'Del 2 – strategier og tiltak', status: 'utkast', body: doc() },
    {
      ...base,
      id: strategier,
      sortKey: 1,
      parentId: part2,
      kind: 'chapter',
      title: 'Strategier',
      status: 'utkast',
      body: doc(
        para('Fire strategier skal gjøre tjenestene bærekraftige.'),
        bullets('Mestring hjemme først.', 'Riktig hjelp til riktig tid.', 'Kompetanse som holder tritt.', 'Samarbeid med frivillige og pårørende.'),
        heading(2, 'Mestring hjemme først'),
        para('Tjenestene skal bygge opp under det innbyggerne klarer selv.'),
      ),
    },
    {
      ...base,
      id: handlingsplan,
      sortKey: 2,
      parentId: part2,
      kind: 'chapter',
      title: 'Handlingsplan',
      status: 'utkast',
      body: doc(para('Handlingsplanen viser tiltakene for de fire første årene, med ansvar, årsverk og kostnad. Den rulleres hvert år.'), live('measures')),
    },
  ];
  const extraId = seededIds(SAMPLE_CHAPTER_ID_PREFIX);
  const inPart1 = chaptersFromSpecs(FRAME_CHAPTERS, extraId, part1).map((c, i) => ({ ...c, sortKey: 4 + i, status: 'ferdig' as const }));
  const appendix = chaptersFromSpecs([APPENDIX], extraId).map((c) => (c.parentId === null ? { ...c, sortKey: 3 } : c));
  return { chapters: [...chapters, ...inPart1, ...appendix], ids: { handlingsplan, utfordringsbilde, strategier } };
}

/** Del 1's frame: the laws and guidance, the organisation and milestones, and the hearing. */
const FRAME_CHAPTERS: ChapterSpec[] = [
  { title: 'Rammer og føringer', body: [para('Planen bygger på disse lovene og nasjonale føringene.'), live('laws'), live('documents')] },
  { title: 'Organisering og framdrift', body: [para('Planarbeidet er organisert slik:'), live('organisation'), heading(2, 'Milepæler'), live('milestones')] },
  { title: 'Høring og medvirkning', body: [para('Planforslaget er lagt ut til høring og offentlig ettersyn i minst seks uker.'), live('hearing')] },
];

/** The appendices: Tabell 1, Tabell 2, each group's Tabell 3 and the merknadsbehandling. */
const APPENDIX: ChapterSpec = {
  title: 'Vedlegg',
  part: true,
  children: [
    { title: 'Delplanområder og ansvar', body: [para('Oversikten viser hvilken gruppe som har hovedansvar for hvert delplanområde.'), live('matrix-overview')] },
    { title: 'Alles ansvar', body: [para('Alle arbeidsgruppene skal vurdere alle temaene.'), live('matrix-all')] },
    { title: 'Hovedansvar per arbeidsgruppe', body: [live('matrix-group')] },
    { title: 'Merknadsbehandling', body: [para('Innspillene fra høringen med kommunens vurdering.'), live('merknadsbehandling')] },
  ],
};
