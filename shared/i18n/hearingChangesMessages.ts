// UI strings of «Endringer etter høring» (issue 16): the Eksport page's «sammenlignet med høringsutkastet» choice,
// spread into nb/nn/en like the other feature files.

export const hearingChangesNb = {
  'export.comparedWithHearing': 'Endringer etter høring',
  'export.comparedWithHearing.label': 'Sammenlignet med høringsutkastet',
  'export.comparedWithHearing.hint': 'Forskjellene fra siste høringsutkast blir sporede endringer, slik at den som åpner dokumentet i Word ser nøyaktig hva som er endret.',
  'hearing.changeLinks': 'Endringer etter innspillet',
  'hearing.changeLinks.noDraft': 'Planen har ikke noe høringsutkast ennå; endringene vises når planen er eksportert med vannmerket «Høringsutkast».',
  'hearing.changeLinks.none': 'Ingen endringer siden høringsutkastet.',
};

export const hearingChangesNn: Record<keyof typeof hearingChangesNb, string> = {
  'export.comparedWithHearing': 'Endringar etter høyring',
  'export.comparedWithHearing.label': 'Samanlikna med høyringsutkastet',
  'export.comparedWithHearing.hint': 'Skilnadene frå siste høyringsutkast blir spora endringar, slik at den som opnar dokumentet i Word ser nøyaktig kva som er endra.',
  'hearing.changeLinks': 'Endringar etter innspelet',
  'hearing.changeLinks.noDraft': 'Planen har ikkje noko høyringsutkast enno; endringane kjem fram når planen er eksportert med vassmerket «Høyringsutkast».',
  'hearing.changeLinks.none': 'Ingen endringar sidan høyringsutkastet.',
};

export const hearingChangesEn: Record<keyof typeof hearingChangesNb, string> = {
  'export.comparedWithHearing': 'Changes after the hearing',
  'export.comparedWithHearing.label': 'Compared with the hearing draft',
  'export.comparedWithHearing.hint': 'The differences from the latest hearing draft become tracked changes, so whoever opens the document in Word sees exactly what changed.',
  'hearing.changeLinks': 'Changes made because of this submission',
  'hearing.changeLinks.noDraft': 'The plan has no hearing draft yet; the changes show once the plan is exported with the hearing-draft watermark.',
  'hearing.changeLinks.none': 'No changes since the hearing draft.',
};
