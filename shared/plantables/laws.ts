// Lovdata ids (LOV-2011-06-24-30) checked with a sentence the adviser understands, and a starter list of the laws
// central to health and care planning. Purposes are Planverk's own summaries, not quotes from the laws.
import { LovdataId, type Malform } from '../domain/plan';
import type { Parsed } from '../format/norwegian';
import { findingNb, type FindingText } from '../i18n/findingMessages';
import { isRealDate } from './dates';

const EXAMPLE = 'LOV-2011-06-24-30';

/**
 * The one spelling of a Lovdata id that every path stores (JSON import, the Tabeller page, the export check): capitals,
 * no surrounding or no-break spaces, and plain hyphens where Word's autocorrect or a copied web page put dashes.
 */
export function normaliseLovdataId(raw: string): string {
  return raw.replace(/[\u00a0\u202f]/g, ' ').trim().replace(/[\u2010-\u2015\u2212]/g, '-').toUpperCase();
}

/** Accepts "lov-2011-06-24-30" and surrounding spaces; returns the canonical id. The date must exist. */
export function validateLovdataId(raw: string): Parsed<string> {
  const problem = lovdataIdProblem(raw);
  return problem ? { ok: false, message: findingNb(problem) } : { ok: true, value: normaliseLovdataId(raw) };
}

/** What is wrong with a Lovdata id, as a finding's sentence, or null when it is valid. */
export function lovdataIdProblem(raw: string): FindingText | null {
  const id = normaliseLovdataId(raw);
  const params = { raw: raw.trim(), example: EXAMPLE };
  if (id === '') return { key: 'lovdata.empty', params };
  if (!LovdataId.safeParse(id).success) return { key: 'lovdata.invalid', params };
  const date = id.slice(4, 14);
  if (!isRealDate(date)) return { key: 'lovdata.noSuchDate', params: { ...params, date } };
  if (/-0+$/.test(id)) return { key: 'lovdata.zero', params };
  return null;
}

/** A Lovdata id cell as typed on the Tabeller page: empty clears it, anything else must be a valid id. */
export function parseLovdataIdCell(text: string): Parsed<{ lovdataId: string | null }> {
  if (normaliseLovdataId(text) === '') return { ok: true, value: { lovdataId: null } };
  const checked = validateLovdataId(text);
  return checked.ok ? { ok: true, value: { lovdataId: checked.value } } : checked;
}

/** The law's page on Lovdata: laws under /dokument/NL/lov/, regulations under /dokument/SF/forskrift/. */
export function lovdataUrl(id: string): string {
  const rest = id.slice(4);
  return id.startsWith('FOR-') ? `https://lovdata.no/dokument/SF/forskrift/${rest}` : `https://lovdata.no/dokument/NL/lov/${rest}`;
}

export type StarterLaw = { lovdataId: string; name: string; shortName: string; purpose: Record<Malform, string> };

export const STARTER_LAWS: readonly StarterLaw[] = [
  {
    lovdataId: 'LOV-2011-06-24-30',
    name: 'Lov om kommunale helse- og omsorgstjenester m.m.',
    shortName: 'helse- og omsorgstjenesteloven',
    purpose: {
      nb: 'Pålegger kommunen å sørge for nødvendige helse- og omsorgstjenester til alle som oppholder seg der, og stiller krav til kvalitet, samhandling og planlegging av tjenestene.',
      nn: 'Pålegg kommunen å sørgje for naudsynte helse- og omsorgstenester til alle som oppheld seg der, og stiller krav til kvalitet, samhandling og planlegging av tenestene.',
    },
  },
  {
    lovdataId: 'LOV-2011-06-24-29',
    name: 'Lov om folkehelsearbeid',
    shortName: 'folkehelseloven',
    purpose: {
      nb: 'Krever at kommunen har oversikt over helsetilstanden og det som påvirker den, og bruker denne oversikten når mål og strategier fastsettes i planarbeidet.',
      nn: 'Krev at kommunen har oversikt over helsetilstanden og det som påverkar han, og nyttar denne oversikta når mål og strategiar blir fastsette i planarbeidet.',
    },
  },
  {
    lovdataId: 'LOV-1999-07-02-63',
    name: 'Lov om pasient- og brukerrettigheter',
    shortName: 'pasient- og brukerrettighetsloven',
    purpose: {
      nb: 'Beskriver hvilke rettigheter pasienter, brukere og pårørende har overfor tjenestene, blant annet til nødvendig helsehjelp, medvirkning og informasjon.',
      nn: 'Skildrar kva rettar pasientar, brukarar og pårørande har overfor tenestene, mellom anna til naudsynt helsehjelp, medverknad og informasjon.',
    },
  },
  {
    lovdataId: 'LOV-2008-06-27-71',
    name: 'Lov om planlegging og byggesaksbehandling',
    shortName: 'plan- og bygningsloven',
    purpose: {
      nb: 'Setter rammene for kommunal planlegging: planprogram, medvirkning, høring og offentlig ettersyn i minst seks uker, og vedtak av kommunedelplaner.',
      nn: 'Set rammene for kommunal planlegging: planprogram, medverknad, høyring og offentleg ettersyn i minst seks veker, og vedtak av kommunedelplanar.',
    },
  },
  {
    lovdataId: 'LOV-2018-06-22-83',
    name: 'Lov om kommuner og fylkeskommuner',
    shortName: 'kommuneloven',
    purpose: {
      nb: 'Regulerer hvordan kommunen styres, med folkevalgte organer, økonomiplan og budsjett, internkontroll og egenkontroll.',
      nn: 'Regulerer korleis kommunen blir styrt, med folkevalde organ, økonomiplan og budsjett, internkontroll og eigenkontroll.',
    },
  },
  {
    lovdataId: 'LOV-1999-07-02-64',
    name: 'Lov om helsepersonell m.v.',
    shortName: 'helsepersonelloven',
    purpose: {
      nb: 'Stiller krav til at helsepersonell arbeider forsvarlig, holder taushetsplikt og dokumenterer helsehjelpen de gir.',
      nn: 'Stiller krav til at helsepersonell arbeider forsvarleg, held teieplikt og dokumenterer helsehjelpa dei gir.',
    },
  },
  {
    lovdataId: 'LOV-1999-07-02-61',
    name: 'Lov om spesialisthelsetjenesten m.m.',
    shortName: 'spesialisthelsetjenesteloven',
    purpose: {
      nb: 'Fastsetter ansvaret til helseforetakene, som kommunen samarbeider med om innleggelser, utskrivning og oppfølging av felles pasienter.',
      nn: 'Fastset ansvaret til helseføretaka, som kommunen samarbeider med om innleggingar, utskriving og oppfølging av felles pasientar.',
    },
  },
  {
    lovdataId: 'LOV-1999-07-02-62',
    name: 'Lov om etablering og gjennomføring av psykisk helsevern',
    shortName: 'psykisk helsevernloven',
    purpose: {
      nb: 'Regulerer psykisk helsevern, også tvungent vern, og legger vekt på samarbeid med kommunen før, under og etter behandling.',
      nn: 'Regulerer psykisk helsevern, også tvunge vern, og legg vekt på samarbeid med kommunen før, under og etter behandling.',
    },
  },
  {
    lovdataId: 'LOV-2009-12-18-131',
    name: 'Lov om sosiale tjenester i arbeids- og velferdsforvaltningen',
    shortName: 'sosialtjenesteloven',
    purpose: {
      nb: 'Gir kommunen ansvar for sosiale tjenester i Nav-kontoret, som økonomisk stønad, midlertidig botilbud og råd og veiledning.',
      nn: 'Gir kommunen ansvar for sosiale tenester i Nav-kontoret, som økonomisk stønad, mellombels butilbod og råd og rettleiing.',
    },
  },
];

/** The name as the laws table shows it: "Lov om folkehelsearbeid (folkehelseloven)". */
export function starterLawName(law: StarterLaw): string {
  return `${law.name} (${law.shortName})`;
}
