// The planprogram's chapter skeleton ("the plan for the plan", pbl. § 4-1): purpose and background, the project
// description with its focus areas, the legal framework, organisation, milestones, and participation and hearing.
// The texts are short guidance for the adviser to replace, in bokmål and nynorsk side by side.
import type { Malform } from '../domain/plan';
import { bullets, live, para } from '../sample/tiptap';
import { pickFor, type ChapterSpec } from './skeleton';

export function planprogramChapters(malform: Malform): ChapterSpec[] {
  const t = pickFor(malform);
  return [
    {
      title: t('Formål og bakgrunn', 'Føremål og bakgrunn'),
      body: [
        para(t('Skriv hvorfor kommunen skal lage planen: hva som har skjedd, hvilke vedtak som ligger til grunn og hva planen skal løse.', 'Skriv kvifor kommunen skal lage planen: kva som har skjedd, kva vedtak som ligg til grunn og kva planen skal løyse.')),
        para(t('Planprogrammet er «planen for planen» (plan- og bygningsloven § 4-1). Det beskriver formål, rammer, organisering, framdrift og medvirkning.', 'Planprogrammet er «planen for planen» (plan- og bygningslova § 4-1). Det skildrar føremål, rammer, organisering, framdrift og medverknad.')),
      ],
    },
    {
      title: t('Prosjektbeskrivelse', 'Prosjektskildring'),
      body: [
        para(t('Tabellen henter plannavn, planperiode, hensikt, avgrensning, framdrift og organisering fra planen. Fyll dem ut på siden Plan.', 'Tabellen hentar plannamn, planperiode, føremål, avgrensing, framdrift og organisering frå planen. Fyll dei ut på sida Plan.')),
        live('project-description'),
      ],
      children: [
        {
          title: t('Innsatsområder', 'Innsatsområde'),
          body: [para(t('Skriv kort hvorfor disse innsatsområdene er valgt.', 'Skriv kort kvifor desse innsatsområda er valde.')), live('focus-areas')],
        },
        {
          title: t('Kartlegging og utredning', 'Kartlegging og utgreiing'),
          body: [para(t('Beskriv hva som må kartlegges eller utredes før planforslaget kan skrives, og hvem som gjør det.', 'Skildra kva som må kartleggjast eller greiast ut før planforslaget kan skrivast, og kven som gjer det.'))],
        },
      ],
    },
    {
      title: t('Rammer og føringer', 'Rammer og føringar'),
      body: [
        para(t('Lovene og dokumentene planen må følge. Fyll ut tabellene på siden Tabeller.', 'Lovene og dokumenta planen må følgje. Fyll ut tabellane på sida Tabellar.')),
        live('laws'),
        live('documents'),
      ],
    },
    {
      title: t('Organisering', 'Organisering'),
      body: [para(t('Beskriv hvem som bestiller, eier, styrer og gjør arbeidet.', 'Skildra kven som bestiller, eig, styrer og gjer arbeidet.')), live('organisation')],
    },
    {
      title: t('Milepæler og framdrift', 'Milepælar og framdrift'),
      body: [para(t('Milepælsplanen viser når hvert steg skal være ferdig.', 'Milepælplanen viser når kvart steg skal vere ferdig.')), live('milestones')],
    },
    {
      title: t('Medvirkning og høring', 'Medverknad og høyring'),
      body: [
        para(t('Beskriv hvordan innbyggere, brukere, ansatte og råd skal delta, for eksempel slik:', 'Skildra korleis innbyggjarar, brukarar, tilsette og råd skal delta, til dømes slik:')),
        bullets(
          t('Åpne møter og dialogseminar', 'Opne møte og dialogseminar'),
          t('Innspill fra eldrerådet, ungdomsrådet og rådet for personer med funksjonsnedsettelse', 'Innspel frå eldrerådet, ungdomsrådet og rådet for personar med funksjonsnedsetjing'),
          t('Høring og offentlig ettersyn i minst seks uker', 'Høyring og offentleg ettersyn i minst seks veker'),
        ),
        live('hearing'),
      ],
    },
  ];
}
