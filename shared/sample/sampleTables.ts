// The sample plan's structured tables: milestones, organisation, laws, national documents and measures.
import type { IdSource } from '../domain/ids';
import type { Law, Measure, MeasureStatus, Milestone, OrgRole, Phase, PolicyDocument } from '../domain/plan';
import type { z } from 'zod';
import { formatPeriod } from '../format/norwegian';

type MilestoneSpec = [name: string, from: string | null, to: string | null, phase: Phase | null];
const MILESTONES: MilestoneSpec[] = [
  ['Oppstart og varsel om planarbeid', '2024-01', null, 'oppstart'],
  ['Høring og offentlig ettersyn av planprogram', '2024-03-22', '2024-05-03', 'planprogram-hoering'],
  ['Planprogram fastsatt i kommunestyret', '2024-06', null, 'planprogram-fastsatt'],
  ['Kartlegging og utredning i arbeidsgruppene', '2024-08', '2025-01', 'planforslag-arbeid'],
  ['Dialogseminar med brukere og ansatte', '2024-11-12', null, 'planforslag-arbeid'],
  ['Høring og offentlig ettersyn av planforslag', '2025-04-15', '2025-06-02', 'planforslag-hoering'],
  ['Merknadsbehandling', '2025-06', '2025-08', 'merknadsbehandling'],
  ['Sluttbehandling i kommunestyret', '2025-09', null, 'vedtatt'],
];

const ROLES: Array<[role: string, participants: string, responsibility: string]> = [
  ['Oppdragsgiver', 'Kommunestyret', 'Vedtar planprogram og plan'],
  ['Prosjekteier', 'Kommunedirektøren', 'Eier planarbeidet og sørger for ressurser'],
  ['Styringsgruppe', 'Kommunedirektørens ledergruppe', 'Gir retning og godkjenner milepæler'],
  ['Ressursgruppe', 'Eldrerådet, rådet for personer med funksjonsnedsettelse, ungdomsrådet, hovedtillitsvalgte', 'Gir råd og innspill underveis'],
  ['Prosjektleder', 'Planrådgiver helse og omsorg', 'Leder arbeidet og skriver planen'],
  ['Prosjektgruppe', 'Kommunalsjef helse og omsorg og lederne av arbeidsgruppene', 'Samordner arbeidsgruppene'],
];

/** Central laws for health and care planning; purposes in Planverk's own words. */
const LAWS: Array<[name: string, lovdataId: string, purpose: string]> = [
  ['Lov om kommunale helse- og omsorgstjenester (helse- og omsorgstjenesteloven)', 'LOV-2011-06-24-30', 'Gir kommunen ansvaret for nødvendige helse- og omsorgstjenester og krav til kvalitet og samhandling.'],
  ['Lov om folkehelsearbeid (folkehelseloven)', 'LOV-2011-06-24-29', 'Krever at kommunen har oversikt over helsetilstanden og bruker den i planleggingen.'],
  ['Lov om pasient- og brukerrettigheter (pasient- og brukerrettighetsloven)', 'LOV-1999-07-02-63', 'Beskriver rettighetene pasienter og brukere har overfor tjenestene.'],
  ['Lov om planlegging og byggesaksbehandling (plan- og bygningsloven)', 'LOV-2008-06-27-71', 'Setter rammene for kommunal planlegging, medvirkning og høring.'],
  ['Lov om helsepersonell m.v. (helsepersonelloven)', 'LOV-1999-07-02-64', 'Stiller krav til forsvarlighet, taushetsplikt og dokumentasjon hos helsepersonell.'],
  ['Lov om kommuner og fylkeskommuner (kommuneloven)', 'LOV-2018-06-22-83', 'Regulerer kommunens styring, økonomiplan og internkontroll.'],
];

const DOCUMENTS: Array<[title: string, purpose: string]> = [
  ['Meld. St. 15 (2017–2018) Leve hele livet', 'Reform for eldre med vekt på mat, aktivitet, fellesskap og sammenheng i tjenestene.'],
  ['Meld. St. 24 (2022–2023) Fellesskap og meistring – Bu trygt heime', 'Viser hvordan flere kan bo trygt hjemme, med vekt på bolig, teknologi og pårørende.'],
  ['Meld. St. 9 (2023–2024) Nasjonal helse- og samhandlingsplan 2024–2027', 'Retning for samarbeidet mellom kommuner og sykehus og for rekruttering.'],
];

type MeasureSpec = [name: string, unit: string, fte: number, costOre: number, status: z.infer<typeof MeasureStatus>, statusDate: string | null, followUp: string];
const MEASURES: MeasureSpec[] = [
  ['Digitalt tilsyn for hjemmeboende', '3402 Avd. Sentrum', 50, 45000000, 'iverksatt', '2025-02-01', 'Evalueres etter ett år'],
  ['Medisindispensere med varsling', '3402 Avd. Sentrum', 0, 18000000, 'vedtatt', '2025-01-15', ''],
  ['Hverdagsrehabilitering i hele kommunen', '3402 Avd. Sentrum', 200, 182000000, 'planlagt', null, 'Innarbeides i budsjett 2026'],
  ['Felles vaktordning for sykepleiere', '3402 Avd. Sentrum', 100, 0, 'iverksatt', '2024-10-01', ''],
  ['Ambulerende nattpatrulje', '3403 Avd. Nord', 260, 236600000, 'planlagt', null, 'Vurderes mot behov for flere plasser'],
  ['Trygghetsalarm med lokalisering', '3403 Avd. Nord', 0, 9550050, 'vedtatt', '2025-03-01', ''],
  ['Pårørendeskole to ganger i året', '3403 Avd. Nord', 10, 3500000, 'avsluttet', '2024-12-01', 'Videreføres av frivilligsentralen'],
  ['Omgjøring av dobbeltrom til enerom', '3410 Sykehjemmet', 0, 320000000, 'planlagt', null, 'Del av investeringsbudsjettet'],
  ['Demensvennlig sansehage', '3410 Sykehjemmet', 0, 75000000, 'vedtatt', '2025-01-20', ''],
  ['Fagutviklingssykepleier i full stilling', '3410 Sykehjemmet', 100, 85000000, 'iverksatt', '2024-09-01', ''],
  ['Mattilbud med felles måltid', '3410 Sykehjemmet', 50, 12000000, 'planlagt', null, ''],
  ['Lavterskel samtaletilbud for unge voksne', '3300 Psykisk helse og rus', 100, 78000000, 'vedtatt', '2025-01-10', ''],
  ['Bolig først – fire nye leiligheter', '3300 Psykisk helse og rus', 50, 640000000, 'planlagt', null, 'Søknad om tilskudd fra Husbanken'],
  ['Erfaringskonsulent i 50 % stilling', '3300 Psykisk helse og rus', 50, 36000000, 'iverksatt', '2024-11-01', ''],
  ['Helsestasjon for ungdom på ettermiddag', '3200 Helsestasjon', 40, 30000000, 'iverksatt', '2024-08-15', ''],
  ['Foreldreveiledning i grupper', '3200 Helsestasjon', 20, 5000000, 'planlagt', null, ''],
  ['Tidlig innsats i barnehagene', '3200 Helsestasjon', 60, 48000000, 'vedtatt', '2025-02-20', ''],
  ['Frivillighetskoordinator', '3500 Kultur og frivillighet', 100, 72000000, 'planlagt', null, 'Samarbeid med lag og foreninger'],
  ['Aktivitetsvenn for personer med demens', '3500 Kultur og frivillighet', 20, 4000000, 'iverksatt', '2024-06-01', ''],
  ['Kompetanseplan for helse og omsorg', '3000 Kommunalsjef helse og omsorg', 30, 25000000, 'vedtatt', '2025-01-05', 'Rulleres årlig'],
];

export function buildSampleMilestones(newId: IdSource): Milestone[] {
  return MILESTONES.map(([name, from, to, phase], i) => ({ id: newId(), sortKey: i + 1, name, time: formatPeriod(from, to), from, to, phase }));
}

export function buildSampleOrgRoles(newId: IdSource): OrgRole[] {
  return ROLES.map(([role, participants, responsibility], i) => ({ id: newId(), sortKey: i + 1, role, participants, responsibility }));
}

export function buildSampleLaws(newId: IdSource): Law[] {
  return LAWS.map(([name, lovdataId, purpose], i) => ({ id: newId(), sortKey: i + 1, name, lovdataId, purpose }));
}

export function buildSampleDocuments(newId: IdSource): PolicyDocument[] {
  return DOCUMENTS.map(([title, purpose], i) => ({ id: newId(), sortKey: i + 1, level: 'nasjonal', title, purpose }));
}

/** Measures; every third is linked to a theme (round robin) and all to the action-plan chapter. */
export function buildSampleMeasures(newId: IdSource, themeIds: string[], handlingsplanId: string): Measure[] {
  return MEASURES.map(([name, unit, fteHundredths, costOre, status, statusDate, followUp], i) => ({
    id: newId(),
    sortKey: i + 1,
    name,
    unit,
    themeId: i % 3 === 0 && themeIds.length > 0 ? themeIds[(i / 3) % themeIds.length]! : null,
    chapterId: handlingsplanId,
    fteHundredths,
    costOre,
    status,
    statusDate,
    followUp,
  }));
}
