// The export check's findings (shared/document/planCheck.ts and the checks it calls) in nb/nn/en. A finding carries a
// FindingText (key + params); its bokmål `message` is formatted from findingsNb, so the CLI and the services keep the
// same sentence, and the renderer says it in the UI language. A param may itself be a key (a fallback such as «uten
// navn», which needs translating too) or a list of keys joined with the language's «og». The `entry.*` sentences refuse
// what a user typed or picked in the renderer (a table cell, an image file); they are said the same way.
import { fillPlaceholders, type UiLanguage } from './index';

export const findingsNb = {
  'fallback.noName': 'uten navn',
  'fallback.noSender': 'uten avsender',
  'fallback.senderWithoutName': 'en avsender uten navn',
  'fallback.untitled': 'uten tittel',
  'fallback.untitledQuoted': '«uten tittel»',
  'unit.day': 'dag',
  'unit.days': 'dager',
  'list.and': 'og',
  'a11y.missingTitle': 'Planen mangler tittel; dokumentet må ha en tittel.',
  'a11y.lowContrast': 'Profilfargen {color} har kontrast {ratio}:1 mot hvitt; universell utforming krever minst 4,5:1.',
  'a11y.logoWithoutAlt': 'Logoen mangler alternativ tekst; kommunenavnet brukes.',
  'a11y.missingAsset': 'Et bilde i kapittel {where} finnes ikke i planfilen.',
  'a11y.imageWithoutAlt': 'Bildet «{name}» i kapittel {where} mangler alternativ tekst (eller merk det som dekorativt).',
  'a11y.emptyHeading': 'Kapittel {where} har en tom overskrift.',
  'a11y.tableWithoutHeader': 'En tabell i kapittel {where} mangler overskriftsrad.',
  'hearing.endBeforeStart': 'Høringsfristen {end} er før høringen starter {start}.',
  'hearing.tooShort':
    'Høringsperioden er bare {days} {unit} ({start}–{end}). Plan- og bygningsloven krever minst seks uker (42 dager) til høring og offentlig ettersyn; tidligste frist for innspill er {earliest}.',
  'milestone.endBeforeStart': 'Milepælen {name} slutter før den starter.',
  'milestone.undated': 'Planverk leser ingen dato ut av «{time}» for milepælen {name}; den står sist og kommer ikke med på tidslinjen.',
  'law.missingId': 'Loven {name} mangler Lovdata-id.',
  'lovdata.empty': 'Lovdata-id mangler. Bruk formen LOV-ÅÅÅÅ-MM-DD-NR, for eksempel {example}.',
  'lovdata.invalid': '«{raw}» er ikke en gyldig Lovdata-id. Bruk formen LOV-ÅÅÅÅ-MM-DD-NR, for eksempel {example}.',
  'lovdata.noSuchDate': '«{raw}» har en dato som ikke finnes ({date}).',
  'lovdata.zero': '«{raw}» har lovnummer 0, som ikke finnes.',
  'measure.noUnit': 'Tiltaket {name} mangler ansvarsenhet.',
  'measure.noStatusDate': 'Tiltaket {name} er iverksatt, men mangler dato for iverksetting.',
  'input.noAssessment': 'Innspillet fra {sender} har konklusjon, men ingen vurdering.',
  'input.late': 'Innspillet fra {sender} kom inn etter fristen; det er registrert og behandles som for sent.',
  'input.unassessed': 'Innspillet fra {sender} er ikke vurdert; merknadsbehandlingen viser det som «Ikke vurdert».',
  'matrix.field.problems': 'Problemstillinger',
  'matrix.field.method': 'Gjennomføring',
  'matrix.field.actors': 'Sentrale aktører',
  'matrix.areaWithoutResponsibility': '«{area}» har ingen gruppe med hovedansvar.',
  'matrix.ophOnNonOverarching': '«{area}» er ikke temaets overordnede rad, men {group} har OpH der.',
  'matrix.emptyText': '«{area}» ({group}) mangler tekst i {fields}.',
  'matrix.themeWithoutOph': 'Temaet «{theme}» har ingen OpH.',
  'matrix.themeWithSeveralOph': 'Temaet «{theme}» har {count} OpH; det skal være én.',
  'matrix.groupWithoutResponsibility': '{group} har ikke hovedansvar for noe område.',
  'chapter.empty': 'Kapittel {where} er tomt.',
  'spell.misspelled': 'Kapittel {where} har {count} mulige skrivefeil: {words}.',
  'spell.malform': 'Kapittel {where} har {count} ord som ikke er {malform}: {words}.',
  'malform.nb': 'bokmål',
  'malform.nn': 'nynorsk',
  'chapter.liveBlockUnknown': 'Kapittel {where} har en levende tabell av en ukjent type («{kind}»); den blir tom i dokumentet.',
  'chapter.liveBlockDangling': 'Kapittel {where} viser hovedansvaret til en arbeidsgruppe som ikke finnes lenger; tabellen blir tom i dokumentet.',
  'entry.notAChoice': '«{value}» er ikke et gyldig valg.',
  'entry.notADate': '«{text}» er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 01.02.2025.',
  'entry.notAnImage': 'Filtypen {type} kan ikke brukes som bilde.',
  'entry.imageTooLarge': 'Bildet er for stort (over 20 MB).',
  'fallback.unknownType': 'ukjent',
} as const;

export type FindingKey = keyof typeof findingsNb;
/** Every key in every language: a missing translation fails typecheck. */
type FindingSentences = { readonly [K in FindingKey]: string };

export const findingsNn: FindingSentences = {
  'fallback.noName': 'utan namn',
  'fallback.noSender': 'utan avsendar',
  'fallback.senderWithoutName': 'ein avsendar utan namn',
  'fallback.untitled': 'utan tittel',
  'fallback.untitledQuoted': '«utan tittel»',
  'unit.day': 'dag',
  'unit.days': 'dagar',
  'list.and': 'og',
  'a11y.missingTitle': 'Planen manglar tittel; dokumentet må ha ein tittel.',
  'a11y.lowContrast': 'Profilfargen {color} har kontrast {ratio}:1 mot kvitt; universell utforming krev minst 4,5:1.',
  'a11y.logoWithoutAlt': 'Logoen manglar alternativ tekst; kommunenamnet vert brukt.',
  'a11y.missingAsset': 'Eit bilete i kapittel {where} finst ikkje i planfila.',
  'a11y.imageWithoutAlt': 'Biletet «{name}» i kapittel {where} manglar alternativ tekst (eller merk det som dekorativt).',
  'a11y.emptyHeading': 'Kapittel {where} har ei tom overskrift.',
  'a11y.tableWithoutHeader': 'Ein tabell i kapittel {where} manglar overskriftsrad.',
  'hearing.endBeforeStart': 'Høyringsfristen {end} er før høyringa startar {start}.',
  'hearing.tooShort':
    'Høyringsperioden er berre {days} {unit} ({start}–{end}). Plan- og bygningslova krev minst seks veker (42 dagar) til høyring og offentleg ettersyn; tidlegaste frist for innspel er {earliest}.',
  'milestone.endBeforeStart': 'Milepælen {name} sluttar før han startar.',
  'milestone.undated': 'Planverk les ingen dato ut av «{time}» for milepælen {name}; han står sist og kjem ikkje med på tidslinja.',
  'law.missingId': 'Lova {name} manglar Lovdata-id.',
  'lovdata.empty': 'Lovdata-id manglar. Bruk forma LOV-ÅÅÅÅ-MM-DD-NR, til dømes {example}.',
  'lovdata.invalid': '«{raw}» er ikkje ein gyldig Lovdata-id. Bruk forma LOV-ÅÅÅÅ-MM-DD-NR, til dømes {example}.',
  'lovdata.noSuchDate': '«{raw}» har ein dato som ikkje finst ({date}).',
  'lovdata.zero': '«{raw}» har lovnummer 0, som ikkje finst.',
  'measure.noUnit': 'Tiltaket {name} manglar ansvarseining.',
  'measure.noStatusDate': 'Tiltaket {name} er sett i verk, men manglar dato for iverksetjing.',
  'input.noAssessment': 'Innspelet frå {sender} har konklusjon, men inga vurdering.',
  'input.late': 'Innspelet frå {sender} kom inn etter fristen; det er registrert og vert handsama som for seint.',
  'input.unassessed': 'Innspelet frå {sender} er ikkje vurdert; merknadshandsaminga viser det som «Ikkje vurdert».',
  'matrix.field.problems': 'Problemstillingar',
  'matrix.field.method': 'Gjennomføring',
  'matrix.field.actors': 'Sentrale aktørar',
  'matrix.areaWithoutResponsibility': '«{area}» har inga gruppe med hovudansvar.',
  'matrix.ophOnNonOverarching': '«{area}» er ikkje den overordna rada i temaet, men {group} har OpH der.',
  'matrix.emptyText': '«{area}» ({group}) manglar tekst i {fields}.',
  'matrix.themeWithoutOph': 'Temaet «{theme}» har ingen OpH.',
  'matrix.themeWithSeveralOph': 'Temaet «{theme}» har {count} OpH; det skal vere éin.',
  'matrix.groupWithoutResponsibility': '{group} har ikkje hovudansvar for noko område.',
  'chapter.empty': 'Kapittel {where} er tomt.',
  'spell.misspelled': 'Kapittel {where} har {count} moglege skrivefeil: {words}.',
  'spell.malform': 'Kapittel {where} har {count} ord som ikkje er {malform}: {words}.',
  'malform.nb': 'bokmål',
  'malform.nn': 'nynorsk',
  'chapter.liveBlockUnknown': 'Kapittel {where} har ein levande tabell av ein ukjend type («{kind}»); han vert tom i dokumentet.',
  'chapter.liveBlockDangling': 'Kapittel {where} viser hovudansvaret til ei arbeidsgruppe som ikkje finst lenger; tabellen vert tom i dokumentet.',
  'entry.notAChoice': '«{value}» er ikkje eit gyldig val.',
  'entry.notADate': '«{text}» er ikkje ein dato. Skriv han som dd.mm.åååå, til dømes 01.02.2025.',
  'entry.notAnImage': 'Filtypen {type} kan ikkje brukast som bilete.',
  'entry.imageTooLarge': 'Biletet er for stort (over 20 MB).',
  'fallback.unknownType': 'ukjend',
};

export const findingsEn: FindingSentences = {
  'fallback.noName': 'without a name',
  'fallback.noSender': 'without a sender',
  'fallback.senderWithoutName': 'a sender without a name',
  'fallback.untitled': 'without a title',
  'fallback.untitledQuoted': '«without a title»',
  'unit.day': 'day',
  'unit.days': 'days',
  'list.and': 'and',
  'a11y.missingTitle': 'The plan has no title; the document must have a title.',
  'a11y.lowContrast': 'The profile colour {color} has contrast {ratio}:1 against white; universal design requires at least 4.5:1.',
  'a11y.logoWithoutAlt': 'The logo has no alternative text; the municipality\'s name is used.',
  'a11y.missingAsset': 'An image in chapter {where} is not in the plan file.',
  'a11y.imageWithoutAlt': 'The image «{name}» in chapter {where} has no alternative text (or mark it as decorative).',
  'a11y.emptyHeading': 'Chapter {where} has an empty heading.',
  'a11y.tableWithoutHeader': 'A table in chapter {where} has no header row.',
  'hearing.endBeforeStart': 'The hearing deadline {end} is before the hearing starts {start}.',
  'hearing.tooShort':
    'The hearing period is only {days} {unit} ({start}–{end}). The Planning and Building Act requires at least six weeks (42 days) of hearing and public inspection; the earliest deadline for inputs is {earliest}.',
  'milestone.endBeforeStart': 'The milestone {name} ends before it starts.',
  'milestone.undated': 'Planverk reads no date from «{time}» for the milestone {name}; it is listed last and left out of the timeline.',
  'law.missingId': 'The law {name} has no Lovdata id.',
  'lovdata.empty': 'The Lovdata id is missing. Use the form LOV-YYYY-MM-DD-NR, for example {example}.',
  'lovdata.invalid': '«{raw}» is not a valid Lovdata id. Use the form LOV-YYYY-MM-DD-NR, for example {example}.',
  'lovdata.noSuchDate': '«{raw}» has a date that does not exist ({date}).',
  'lovdata.zero': '«{raw}» has law number 0, which does not exist.',
  'measure.noUnit': 'The measure {name} has no responsible unit.',
  'measure.noStatusDate': 'The measure {name} is implemented but has no implementation date.',
  'input.noAssessment': 'The input from {sender} has a conclusion but no assessment.',
  'input.late': 'The input from {sender} arrived after the deadline; it is registered and treated as late.',
  'input.unassessed': 'The input from {sender} is not assessed; the processing of inputs shows it as «Not assessed».',
  'matrix.field.problems': 'Issues',
  'matrix.field.method': 'Implementation',
  'matrix.field.actors': 'Key actors',
  'matrix.areaWithoutResponsibility': '«{area}» has no group with main responsibility.',
  'matrix.ophOnNonOverarching': '«{area}» is not the theme\'s overarching row, but {group} has OpH there.',
  'matrix.emptyText': '«{area}» ({group}) has no text in {fields}.',
  'matrix.themeWithoutOph': 'The theme «{theme}» has no OpH.',
  'matrix.themeWithSeveralOph': 'The theme «{theme}» has {count} OpH; there should be one.',
  'matrix.groupWithoutResponsibility': '{group} has main responsibility for no area.',
  'chapter.empty': 'Chapter {where} is empty.',
  'spell.misspelled': 'Chapter {where} has {count} possible spelling mistakes: {words}.',
  'spell.malform': 'Chapter {where} has {count} words that are not {malform}: {words}.',
  'malform.nb': 'Bokmål',
  'malform.nn': 'Nynorsk',
  'chapter.liveBlockUnknown': 'Chapter {where} has a live table of an unknown type («{kind}»); it will be empty in the document.',
  'chapter.liveBlockDangling': 'Chapter {where} shows the main responsibility of a working group that no longer exists; the table will be empty in the document.',
  'entry.notAChoice': '«{value}» is not a valid choice.',
  'entry.notADate': '«{text}» is not a date. Write it as dd.mm.yyyy, for example 01.02.2025.',
  'entry.notAnImage': 'The file type {type} cannot be used as an image.',
  'entry.imageTooLarge': 'The image is too large (over 20 MB).',
  'fallback.unknownType': 'unknown',
};

const FINDINGS: Record<UiLanguage, FindingSentences> = { nb: findingsNb, nn: findingsNn, en: findingsEn };

export type FindingParam = string | number | { key: FindingKey } | { and: FindingKey[] };
export type FindingText = { key: FindingKey; params?: Readonly<Record<string, FindingParam>> };

/** A user's name in «», or a translated fallback when it is blank. */
export const quotedOr = (text: string, fallback: FindingKey): FindingParam => (text.trim() ? `«${text.trim()}»` : { key: fallback });

function paramText(lang: UiLanguage, value: FindingParam): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('key' in value) return FINDINGS[lang][value.key];
  const names = value.and.map((k) => FINDINGS[lang][k]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${FINDINGS[lang]['list.and']} ${names[names.length - 1]}`;
}

/** The finding's sentence in a UI language. */
export function findingSentence(lang: UiLanguage, text: FindingText): string {
  return fillPlaceholders(FINDINGS[lang][text.key], text.params ?? {}, (value) => paramText(lang, value));
}

/** The bokmål sentence the CLI prints and `message` keeps. */
export const findingNb = (text: FindingText): string => findingSentence('nb', text);
