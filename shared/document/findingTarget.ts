// Where a check finding points in the app: a page (its hash route) and the row, chapter or cell on it, so the Eksport
// page can link to the place and the CLI can name it. Kept apart from the checks so both read one address scheme.
import type { TableName } from '../domain/plan';

export type FindingTarget =
  | { page: 'plan'; field: string | null }
  | { page: 'chapters'; chapterId: string }
  | { page: 'matrix'; themeId: string | null; areaId: string | null; groupId: string | null }
  | { page: 'tables'; table: TableName; rowId: string; column: string | null }
  | { page: 'hearing'; inputId: string; column: string | null };

/** The app's hash routes (renderer/app/routes.ts names the same addresses). */
const PAGE_HREF: Record<FindingTarget['page'], string> = {
  plan: '#/plan',
  chapters: '#/kapitler',
  matrix: '#/ansvarsmatrise',
  tables: '#/tabeller',
  hearing: '#/horing',
};

const PAGE_NAME: Record<FindingTarget['page'], string> = {
  plan: 'Plan',
  chapters: 'Kapitler',
  matrix: 'Ansvarsmatrise',
  tables: 'Tabeller',
  hearing: 'Høring',
};

export function findingHref(target: FindingTarget): string {
  return PAGE_HREF[target.page];
}

/** "Kapitler › «Innledning»": the page's name and, where known, what on it (for the CLI, which cannot link). */
export function findingPlaceText(target: FindingTarget, name: string | null): string {
  return name ? `${PAGE_NAME[target.page]} › «${name}»` : PAGE_NAME[target.page];
}
