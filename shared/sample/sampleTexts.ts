// Invented short texts for the sample plan's areas and groups (written for Planverk; no real people or copied prose).

/** Leader titles per working-group number (null = the project group). Titles only: never real names. */
export const GROUP_LEADERS: Record<string, string> = {
  '1': 'Enhetsleder institusjon',
  '2': 'Enhetsleder hjemmetjenester',
  '3': 'Enhetsleder psykisk helse og rus',
  '4': 'Leder helsestasjon og skolehelsetjeneste',
  '5': 'Rådgiver innovasjon og velferdsteknologi',
  '6': 'Leder frisklivssentral',
  null: 'Planrådgiver helse og omsorg',
};

export const GROUP_MEMBERS: Record<string, string> = {
  '1': 'Avdelingsledere sykehjem, sykepleier, tillitsvalgt, representant for eldrerådet',
  '2': 'Avdelingsledere hjemmetjenesten, ergoterapeut, koordinator, brukerrepresentant',
  '3': 'Psykiatrisk sykepleier, boligkonsulent, NAV-veileder, erfaringskonsulent',
  '4': 'Helsesykepleier, barnevernskonsulent, representant fra skole, ungdomsrådet',
  '5': 'IKT-rådgiver, fagutviklingssykepleier, representant for innkjøp',
  '6': 'Kulturkonsulent, frivillighetskoordinator, fysioterapeut',
  null: 'Kommunalsjef helse og omsorg, lederne av arbeidsgruppene, planrådgiver',
};

export type AreaTexts = { problems: string; method: string; actors: string };

/** Texts for some areas by name; the rest stay empty, which the matrix validation then points out. */
export const AREA_TEXTS: Record<string, AreaTexts> = {
  'Innovasjon og nytenkning': {
    problems: 'Hvordan kan tjenestene løse flere oppgaver med de samme ressursene?\n- Hvilke arbeidsformer bør prøves ut først?\n- Hvordan spres gode erfaringer mellom enhetene?',
    method: 'Idéverksted med alle enheter. Gjennomgang av gevinster fra tidligere prosjekter.',
    actors: 'Enhetsledere, tillitsvalgte, brukerrepresentanter',
  },
  Velferdsteknologi: {
    problems: 'Hvilke løsninger gir mest trygghet og selvstendighet for brukere som bor hjemme?',
    method: 'Kartlegging av løsninger i bruk i dag og behov de neste fire årene. Kost-nytte-vurdering av digitalt tilsyn.',
    actors: 'Hjemmetjenesten, IKT-tjenesten, pårørende',
  },
  'Digital samhandling': {
    problems: 'Hvor stopper informasjonen opp mellom fastlege, sykehus og kommunen?',
    method: 'Prosesskartlegging av tre typiske pasientforløp.',
    actors: 'Fastleger, helseforetaket, hjemmetjenesten',
  },
  Institusjonsstruktur: {
    problems: 'Hvor mange institusjonsplasser trengs i planperioden, og hvor bør de ligge?',
    method: 'Framskrivning av behov etter alder. SWOT-analyse av dagens bygg.',
    actors: 'Eiendomsavdelingen, institusjonstjenesten, økonomiavdelingen',
  },
  'Helhet og samordning': {
    problems: 'Hvordan får brukeren én dør inn til tjenestene?',
    method: 'Gjennomgang av tildelingspraksis og koordinerende enhet.',
    actors: 'Tildelingskontoret, koordinerende enhet, brukerorganisasjoner',
  },
  Folkehelse: {
    problems: 'Hvilke grupper har størst behov for lavterskeltilbud?',
    method: 'Bruk av folkehelseprofilen og oversikten over helsetilstanden.',
    actors: 'Folkehelsekoordinator, frivillige lag, skolene',
  },
  Avlastning: {
    problems: 'Er avlastningstilbudet godt nok tilpasset familier med barn og med eldre pårørende?',
    method: 'Spørreundersøkelse til pårørende. Oversikt over ventetid.',
    actors: 'Pårørende, avlastningsboligen, barne- og familietjenesten',
  },
  'Meningsfull og aktiv hverdag': {
    problems: 'Hvordan kan flere delta i aktiviteter som gir mening, uansett funksjonsnivå?',
    method: 'Dialogmøter med eldreråd og ungdomsråd.',
    actors: 'Frivilligsentralen, kulturtjenesten, dagsenteret',
  },
  Bolig: {
    problems: 'Hvilke boliger trengs for at flere kan bo trygt hjemme lenger?',
    method: 'Boligbehovsanalyse sammen med arealplanarbeidet.',
    actors: 'Boligkontoret, Husbanken, private utbyggere',
  },
  'Kompetanse og rekruttering': {
    problems: 'Hvordan sikrer vi nok fagfolk når andelen eldre øker og arbeidsstyrken ikke gjør det?',
    method: 'Kompetansekartlegging i alle enheter. Analyse av turnover og sykefravær.',
    actors: 'HR-avdelingen, tillitsvalgte, videregående skole',
  },
};
