// Error codes that cross the API, each with the one Norwegian sentence the user sees (bokmål; the UI may translate by code).
export const ERROR_MESSAGES = {
  NOT_FOUND_FILE: 'Filen finnes ikke.',
  NOT_REGULAR_FILE: 'Filen er ikke en vanlig fil; ingenting er lest eller endret.',
  FILE_TOO_LARGE: 'Filen er for stor; ingenting er endret.',
  NOT_SQLITE: 'Filen er ikke en Planverk-plan (den er ikke en SQLite-database).',
  FOREIGN_FILE: 'Filen er en database fra et annet program, ikke en Planverk-plan.',
  NEWER_VERSION: 'Planen er laget med en nyere versjon av Planverk; oppdater Planverk for å åpne den.',
  IS_DIRECTORY: 'Det valgte er en mappe, ikke en planfil; velg selve planfilen (.planverk).',
  CORRUPT: 'Planfilen er skadet og kan ikke åpnes; filen er ikke endret.',
  FILE_BUSY: 'Planfilen er låst av et annet program akkurat nå; lukk programmet og prøv igjen. Filen er ikke endret.',
  WAL_COPY: 'Planfilen er lagret i en databasemodus Planverk bare kan lese, og er åpnet skrivebeskyttet; bruk «Lagre som …» for å få en kopi du kan redigere.',
  INVALID_PLAN: 'Filen har Planverk-format, men innholdet er ikke en gyldig plan; filen er ikke endret.',
  LOCKED: 'Planen er allerede åpen for redigering i en annen Planverk; den kan åpnes skrivebeskyttet.',
  READ_ONLY: 'Planen er åpnet skrivebeskyttet; bruk «Lagre som …» for å lagre endringer et annet sted.',
  DISK_FULL: 'Disken er full; endringen er ikke lagret i filen, men er tatt vare på. Frigjør plass eller bruk «Lagre som …».',
  FILE_GONE: 'Planfilen er flyttet eller slettet mens den var åpen; endringene er tatt vare på. Bruk «Lagre som …».',
  WRITE_FAILED: 'Endringen kunne ikke skrives til filen; den er tatt vare på. Bruk «Lagre som …».',
  OTHER_PLAN: 'Filen er en annen plan, ikke en kopi av planen som er åpen; ingen av filene er endret.',
  INVALID_COPY: 'Kopien inneholder ugyldige endringer og er ikke slått sammen; ingen av filene er endret.',
  TARGET_EXISTS: 'Det finnes allerede en fil med det navnet.',
  TARGET_IS_PLAN: 'Filen du vil skrive til er en Planverk-plan; velg et annet filnavn. Planen er ikke endret.',
  TARGET_LOCKED: 'Målfilen er åpen i et annet program; lukk den og prøv igjen.',
  NO_PLAN_OPEN: 'Ingen plan er åpen.',
  OUTSIDE_FOLDERS: 'Planverk i nettleseren leser og lagrer filer bare i mappene du valgte da du startet den.',
  INVALID_ARGS: 'Forespørselen var ugyldig.',
  INVALID_JSON: 'JSON-filen er ikke en gyldig plan.',
  INVALID_PROFILE: 'Filen er ikke en gyldig Planverk-profil; planen er ikke endret.',
  INVALID_WORD_TEMPLATE: 'Filen kan ikke brukes som Word-mal; planen er ikke endret.',
  NOT_SPREADSHEET: 'Filen er ikke et gyldig Excel-regneark (.xlsx); lagre den på nytt fra Excel, eller som CSV.',
  NOT_DOCX: 'Filen er ikke et Word-dokument (.docx) eller er skadet; planen er ikke endret.',
  UNKNOWN_CALL: 'Ukjent forespørsel.',
  NOT_FOUND: 'Fant ikke det som ble etterspurt.',
  CANCELLED: 'Avbrutt.',
  UNDO_CONFLICT: 'Kan ikke angre: feltet er endret senere av en annen kopi.',
  EXPORT_BLOCKED: 'Dokumentet kan ikke eksporteres før tilgjengelighetsfeilene er rettet (se Tilgjengelighetssjekk).',
  EXPORT_CHECK_FAILED: 'Dokumentet eksporteres ikke med --strict så lenge eksportsjekken finner feil; rett feilene eller eksporter uten --strict.',
  EXPORT_FAILED: 'Eksporten mislyktes; ingen fil er skrevet og en tidligere fil er ikke endret.',
  INTERNAL: 'Noe gikk galt i Planverk; ingenting er lagret feil.',
} as const;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type ApiError = { code: ErrorCode; message: string; detail?: string };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A service failure with a code; the dispatcher turns it into an ApiResult. */
export class PlanverkError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    message: string = ERROR_MESSAGES[code],
  ) {
    super(message);
    this.name = 'PlanverkError';
  }
}
