// The sample plan's hearing: parties and a handful of inputs in every state of the merknadsbehandling.
import type { IdSource } from '../domain/ids';
import type { HearingInput, HearingParty } from '../domain/plan';

const PARTIES = [
  'Eldrerådet',
  'Rådet for personer med funksjonsnedsettelse',
  'Ungdomsrådet',
  'Statsforvalteren',
  'Fylkeskommunen',
  'Helseforetaket',
  'Fagforbundet, lokallaget',
  'Frivilligsentralen',
];

export function buildSampleHearingParties(newId: IdSource): HearingParty[] {
  return PARTIES.map((name, i) => ({ id: newId(), sortKey: i + 1, name }));
}

export type HearingTargets = { chapterIds: string[]; areaIds: string[] };

/** Inputs: two concluded, one partly, one not followed, one unassessed, one received after the deadline (2025-06-02). */
export function buildSampleInputs(newId: IdSource, t: HearingTargets): HearingInput[] {
  const specs: Array<Omit<HearingInput, 'id' | 'sortKey' | 'fullText' | 'attachmentAssetId'>> = [
    {
      sender: 'Eldrerådet',
      senderType: 'offentlig-instans',
      receivedDate: '2025-05-12',
      summary: 'Ønsker at planen sier mer om møteplasser og felles måltider for eldre som bor alene.',
      concerns: t.areaIds.slice(0, 1),
      assessment: 'Innspillet styrker strategien om mestring hjemme. Et tiltak om felles måltid er lagt inn.',
      conclusion: 'tatt-til-folge',
    },
    {
      sender: 'Statsforvalteren',
      senderType: 'offentlig-instans',
      receivedDate: '2025-05-28',
      summary: 'Minner om at oversikten over folkehelsen skal ligge til grunn for planen.',
      concerns: t.chapterIds.slice(0, 1),
      assessment: 'Oversikten er lagt til grunn; henvisningen er gjort tydeligere i utfordringsbildet.',
      conclusion: 'tas-til-orientering',
    },
    {
      sender: 'Fagforbundet, lokallaget',
      senderType: 'organisasjon',
      receivedDate: '2025-05-30',
      summary: 'Ber om at flere deltidsstillinger gjøres om til heltid før nye tiltak settes i gang.',
      concerns: t.areaIds.slice(1, 2),
      assessment: 'Heltidskultur er tatt inn i kompetanseplanen, men kan ikke være en forutsetning for alle tiltak.',
      conclusion: 'delvis-tatt-til-folge',
    },
    {
      sender: 'Innbygger i sentrum',
      senderType: 'privatperson',
      receivedDate: '2025-05-20',
      summary: 'Foreslår at sykehjemmet flyttes til et nytt bygg ved sjøen.',
      concerns: [],
      assessment: 'Lokalisering av institusjoner avgjøres i arealplanen og i investeringsbudsjettet, ikke i denne planen.',
      conclusion: 'ikke-tatt-til-folge',
    },
    {
      sender: 'Frivilligsentralen',
      senderType: 'organisasjon',
      receivedDate: '2025-06-01',
      summary: 'Tilbyr å koordinere aktivitetsvenner og ber om fast kontaktperson i kommunen.',
      concerns: t.areaIds.slice(2, 3),
      assessment: '',
      conclusion: null,
    },
    {
      sender: 'Pårørendeforeningen',
      senderType: 'organisasjon',
      receivedDate: '2025-06-09',
      summary: 'Mener avlastningstilbudet må bli mer fleksibelt i helger og ferier.',
      concerns: t.areaIds.slice(3, 4),
      assessment: '',
      conclusion: null,
    },
  ];
  return specs.map((s, i) => ({ ...s, id: newId(), sortKey: i + 1, fullText: '', attachmentAssetId: null }));
}
