// The kommunedelplan's chapter skeleton: Del 1 (framework and challenges), Del 2 (strategies and the action plan with
// its measures), the appendices with Tabell 1, Tabell 2 and each working group's Tabell 3, and the merknadsbehandling.
// The texts are short guidance for the adviser to replace, in bokmål and nynorsk side by side.
import type { Malform } from '../domain/plan';
import { bullets, heading, live, para } from '../sample/tiptap';
import { pickFor, type ChapterSpec } from './skeleton';

export function kommunedelplanChapters(malform: Malform): ChapterSpec[] {
  const t = pickFor(malform);
  return [
    {
      title: t('Del 1 – rammer og utfordringer', 'Del 1 – rammer og utfordringar'),
      part: true,
      children: [
        {
          title: t('Innledning', 'Innleiing'),
          body: [
            para(t('Skriv her kort hvorfor kommunen lager planen, hva den skal brukes til og hvem den er skrevet for.', 'Skriv her kort kvifor kommunen lagar planen, kva han skal brukast til og kven han er skriven for.')),
            live('project-description'),
            heading(2, t('Slik er planen bygd opp', 'Slik er planen bygd opp')),
            bullets(
              t('Del 1 beskriver rammene og utfordringene.', 'Del 1 skildrar rammene og utfordringane.'),
              t('Del 2 beskriver strategiene og handlingsplanen.', 'Del 2 skildrar strategiane og handlingsplanen.'),
              t('Vedleggene viser ansvarsfordelingen i detalj.', 'Vedlegga viser ansvarsfordelinga i detalj.'),
            ),
          ],
        },
        {
          title: t('Rammer og føringer', 'Rammer og føringar'),
          body: [
            para(t('Beskriv lovene og de nasjonale, regionale og lokale føringene planen bygger på. Tabellene fylles ut på siden Tabeller.', 'Skildra lovene og dei nasjonale, regionale og lokale føringane planen byggjer på. Tabellane fyller du ut på sida Tabellar.')),
            live('laws'),
            live('documents'),
          ],
        },
        {
          title: t('Utfordringsbilde', 'Utfordringsbilete'),
          body: [
            para(t('Beskriv utfordringene kommunen står overfor: befolkningsutvikling, behov, kapasitet og kompetanse. Bruk gjerne tall og kilder.', 'Skildra utfordringane kommunen står overfor: folketalsutvikling, behov, kapasitet og kompetanse. Bruk gjerne tal og kjelder.')),
            heading(2, t('Satsingsområder', 'Satsingsområde')),
            live('focus-areas'),
          ],
        },
      ],
    },
    {
      title: t('Del 2 – strategier og tiltak', 'Del 2 – strategiar og tiltak'),
      part: true,
      children: [
        {
          title: t('Strategier', 'Strategiar'),
          body: [para(t('Skriv hvilke strategier kommunen velger for å møte utfordringene, og hvorfor. Knytt hver strategi til et innsatsområde.', 'Skriv kva strategiar kommunen vel for å møte utfordringane, og kvifor. Knyt kvar strategi til eit innsatsområde.'))],
        },
        {
          title: t('Handlingsplan', 'Handlingsplan'),
          body: [
            para(t('Handlingsplanen viser tiltakene med ansvar, årsverk og kostnad. Tiltakene legges inn på siden Tabeller og vises her.', 'Handlingsplanen viser tiltaka med ansvar, årsverk og kostnad. Tiltaka legg du inn på sida Tabellar, og dei blir viste her.')),
            live('measures'),
          ],
        },
      ],
    },
    {
      title: t('Vedlegg', 'Vedlegg'),
      part: true,
      children: [
        {
          title: t('Delplanområder og ansvar', 'Delplanområde og ansvar'),
          body: [para(t('Oversikten viser hvilken gruppe som har hovedansvar for hvert delplanområde.', 'Oversikta viser kva gruppe som har hovudansvar for kvart delplanområde.')), live('matrix-overview')],
        },
        {
          title: t('Alles ansvar', 'Ansvaret til alle'),
          body: [para(t('Alle gruppene skal vurdere alle temaene. Tabellen viser problemstillinger, gjennomføring og sentrale aktører.', 'Alle gruppene skal vurdere alle temaa. Tabellen viser problemstillingar, gjennomføring og sentrale aktørar.')), live('matrix-all')],
        },
        {
          title: t('Hovedansvar per arbeidsgruppe', 'Hovudansvar per arbeidsgruppe'),
          body: [para(t('Hver arbeidsgruppe har sin egen tabell over delplanområdene den har hovedansvar for.', 'Kvar arbeidsgruppe har sin eigen tabell over delplanområda ho har hovudansvar for.')), live('matrix-group')],
        },
        {
          title: t('Merknadsbehandling', 'Merknadshandsaming'),
          body: [para(t('Fylles ut etter høringen: hvert innspill med kommunens vurdering og konklusjon.', 'Blir fylt ut etter høyringa: kvart innspel med vurderinga til kommunen og konklusjonen.')), live('merknadsbehandling')],
        },
      ],
    },
  ];
}
