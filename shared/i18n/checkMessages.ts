// UI strings of the export check on the Eksport page («Sjekk før eksport»): links to each finding's place.

export const checkNb = {
  'check.go.plan': 'Gå til planopplysningene',
  'check.go.chapters': 'Gå til kapittelet',
  'check.go.matrix': 'Gå til ansvarsmatrisen',
  'check.go.tables': 'Gå til tabellen',
  'check.go.hearing': 'Gå til innspillet',
  'check.warnings': '{count} advarsler',
};

export const checkNn: Record<keyof typeof checkNb, string> = {
  'check.go.plan': 'Gå til planopplysningane',
  'check.go.chapters': 'Gå til kapittelet',
  'check.go.matrix': 'Gå til ansvarsmatrisa',
  'check.go.tables': 'Gå til tabellen',
  'check.go.hearing': 'Gå til innspelet',
  'check.warnings': '{count} åtvaringar',
};

export const checkEn: Record<keyof typeof checkNb, string> = {
  'check.go.plan': 'Go to the plan details',
  'check.go.chapters': 'Go to the chapter',
  'check.go.matrix': 'Go to the responsibility matrix',
  'check.go.tables': 'Go to the table',
  'check.go.hearing': 'Go to the submission',
  'check.warnings': '{count} warnings',
};
