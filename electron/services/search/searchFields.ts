// Which text of a plan is searchable (and replaceable): one list, so search and replace-all cannot disagree.
import type { SearchKind } from '../../../shared/api/calls/search';
import type { PlanData, TableName } from '../../../shared/domain/plan';

export type FieldKind = 'text' | 'rich' | 'list';
export type FieldSpec = { column: string; kind: FieldKind };
type Row = Record<string, unknown> & { id: string };
export type SearchTable = { table: TableName; kind: SearchKind; fields: FieldSpec[]; label: (row: Row) => string };

const text = (...columns: string[]): FieldSpec[] => columns.map((column) => ({ column, kind: 'text' }));
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const SEARCH_TABLES: SearchTable[] = [
  { table: 'plan', kind: 'plan', fields: [...text('title', 'subtitle', 'statusLine', 'purpose', 'scope'), { column: 'focusAreas', kind: 'list' }], label: () => 'Planrammen' },
  { table: 'chapters', kind: 'chapter', fields: [...text('title'), { column: 'body', kind: 'rich' }], label: (r) => str(r.title) },
  { table: 'themes', kind: 'theme', fields: text('name'), label: (r) => str(r.name) },
  {
    table: 'areas',
    kind: 'area',
    fields: [...text('name'), { column: 'problems', kind: 'rich' }, { column: 'method', kind: 'rich' }, { column: 'actors', kind: 'rich' }],
    label: (r) => str(r.name),
  },
  { table: 'areaNotes', kind: 'areaNote', fields: text('text'), label: (r) => str(r.date) },
  { table: 'groups', kind: 'group', fields: text('name', 'leader', 'members'), label: (r) => str(r.name) },
  { table: 'milestones', kind: 'milestone', fields: text('name'), label: (r) => str(r.name) },
  { table: 'orgRoles', kind: 'orgRole', fields: text('role', 'participants', 'responsibility'), label: (r) => str(r.role) },
  { table: 'laws', kind: 'law', fields: text('name', 'purpose'), label: (r) => str(r.name) },
  { table: 'documents', kind: 'document', fields: text('title', 'purpose'), label: (r) => str(r.title) },
  { table: 'measures', kind: 'measure', fields: text('name', 'unit', 'followUp'), label: (r) => str(r.name) },
  { table: 'hearingParties', kind: 'hearingParty', fields: text('name'), label: (r) => str(r.name) },
  { table: 'inputs', kind: 'input', fields: text('sender', 'summary', 'assessment', 'fullText'), label: (r) => str(r.sender) },
];

/** The rows of a table of the plan (the frame is one row). */
export function rowsOf(plan: PlanData, table: TableName): Row[] {
  const value = plan[table] as unknown;
  return (Array.isArray(value) ? value : [value]) as Row[];
}
