// The plan as data: one zod schema per entity (a row of the plan file) and the whole plan (the JSON interchange).
// The plan file, the API, the JSON format, the matrix derivations and the document builder all speak these types.
import { z } from 'zod';
import { Comment } from './comment';
import { PlanWord } from './planWord';
import { InputChange } from './inputChange';

export const Id = z.string().min(1).max(80);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dato på formen ÅÅÅÅ-MM-DD');
/** A month ("2024-06") or a day ("2024-06-15"): milestones are often only known to the month. */
export const IsoMonthOrDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'måned ÅÅÅÅ-MM eller dato ÅÅÅÅ-MM-DD');
export const SortKey = z.number().finite();

/** Rich text as Tiptap/ProseMirror JSON. Checked against the editor schema separately (shared/editor). */
export const RichText = z.object({ type: z.literal('doc'), content: z.array(z.any()).optional() }).loose();
export type RichText = z.infer<typeof RichText>;

export const Malform = z.enum(['nb', 'nn']);
export type Malform = z.infer<typeof Malform>;
export const PlanType = z.enum(['kommunedelplan', 'planprogram', 'temaplan', 'strategi']);
export const Phase = z.enum([
  'oppstart',
  'planprogram-hoering',
  'planprogram-fastsatt',
  'planforslag-arbeid',
  'planforslag-hoering',
  'merknadsbehandling',
  'vedtatt',
]);
export type Phase = z.infer<typeof Phase>;

/** The three levels of main responsibility; the legend gives each its code and explanation. */
export const ResponsibilityLevel = z.enum(['OpH', 'DpH', 'SpH']);
export type ResponsibilityLevel = z.infer<typeof ResponsibilityLevel>;

const row = { id: Id };
const ordered = { id: Id, sortKey: SortKey };

/** The plan frame: exactly one row. */
export const PlanFrame = z.object({
  ...row,
  /** The plan's name as written: the cover, the footer and the document title show it as it stands. */
  title: z.string().max(500),
  subtitle: z.string().max(500),
  municipality: z.string().max(200),
  planType: PlanType,
  /** The cover's status line as written («Høringsutkast 22.03.2024»); the phase only suggests it. */
  statusLine: z.string().max(500),
  periodFrom: z.number().int().min(1900).max(2200).nullable(),
  periodTo: z.number().int().min(1900).max(2200).nullable(),
  malform: Malform,
  phase: Phase,
  caseNumber: z.string().max(100),
  versionLabel: z.string().max(100),
  versionDate: IsoDate.nullable(),
  adoptedDate: IsoDate.nullable(),
  purpose: z.string().max(20000),
  scope: z.string().max(20000),
  focusAreas: z.array(z.string().max(500)).max(100),
  hearingStart: IsoDate.nullable(),
  hearingEnd: IsoDate.nullable(),
  groupsLabel: z.string().max(100),
  profileLogoAssetId: Id.nullable(),
  profileColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  profileFont: z.string().max(100),
  /** The municipality's Word template (an asset holding the checked parts of a .dotx); optional so that older JSON reads. */
  profileWordTemplateAssetId: Id.nullable().optional(),
});
export type PlanFrame = z.infer<typeof PlanFrame>;

export const GroupKind = z.enum(['arbeidsgruppe', 'prosjektgruppe']);
export const Group = z.object({
  ...ordered,
  kind: GroupKind,
  number: z.number().int().min(0).max(999).nullable(),
  name: z.string().max(300),
  leader: z.string().max(300),
  members: z.string().max(5000),
});
export type Group = z.infer<typeof Group>;

export const Theme = z.object({ ...ordered, name: z.string().max(500) });
export type Theme = z.infer<typeof Theme>;

/** A sub-plan area (delplanområde). parentId set = a sub-topic of that area. The first area of a theme is its overarching row. */
export const Area = z.object({
  ...ordered,
  themeId: Id,
  parentId: Id.nullable(),
  name: z.string().max(500),
  problems: RichText.nullable(),
  method: RichText.nullable(),
  actors: RichText.nullable(),
});
export type Area = z.infer<typeof Area>;

/** History note on an area ("Flyttet fra …", "Slått sammen tema"). */
export const AreaNote = z.object({ id: Id, areaId: Id, date: IsoDate, text: z.string().max(2000) });
export type AreaNote = z.infer<typeof AreaNote>;

/** A responsibility cell; its id is always cellId(areaId, groupId) so that two copies setting the same cell meet in one row. */
export const Cell = z.object({ id: Id, areaId: Id, groupId: Id, level: ResponsibilityLevel.nullable() });
export type Cell = z.infer<typeof Cell>;
export const cellId = (areaId: string, groupId: string): string => `${areaId}:${groupId}`;

/** Legend entry; its id is the level. */
export const LegendEntry = z.object({ id: ResponsibilityLevel, code: z.string().min(1).max(10), explanation: z.string().max(300) });
export type LegendEntry = z.infer<typeof LegendEntry>;

export const ChapterStatus = z.enum(['utkast', 'til-gjennomsyn', 'ferdig']);
export const ChapterKind = z.enum(['part', 'chapter']);
/** A chapter (or part) in the tree. body is the Tiptap JSON kept beside the Yjs state for search and export. */
export const Chapter = z.object({
  ...ordered,
  parentId: Id.nullable(),
  kind: ChapterKind,
  title: z.string().max(500),
  numbered: z.boolean(),
  status: ChapterStatus,
  groupId: Id.nullable(),
  body: RichText,
  /** The chapter's own language when it is not the plan's målform (issue 17); absent: the plan's målform. */
  lang: Malform.optional(),
  /** Klarspråk hints in the editor for this chapter (issue 17); absent or false: off. */
  klarsprak: z.boolean().optional(),
});
export type Chapter = z.infer<typeof Chapter>;

/** A Word template kept as the profile's asset (the checked parts only, written as a .dotx). */
export const WORD_TEMPLATE_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template';

/** An image or attached file, content-addressed (id = sha256 of the bytes). */
export const Asset = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'application/pdf', 'application/octet-stream', WORD_TEMPLATE_MIME]),
  name: z.string().max(300),
  alt: z.string().max(2000),
  decorative: z.boolean(),
  dataBase64: z.string(),
});
export type Asset = z.infer<typeof Asset>;

/** A milestone's time as the adviser wrote it («uke 12 2025», «vår 2025»), with the dates Planverk read from it beside it. */
export const Milestone = z.object({
  ...ordered,
  name: z.string().max(500),
  time: z.string().max(200),
  /** The parsed range, for sorting and the timeline; both null when the text names no date Planverk can tell. */
  from: IsoMonthOrDate.nullable(),
  to: IsoMonthOrDate.nullable(),
  phase: Phase.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const OrgRole = z.object({
  ...ordered,
  role: z.string().max(200),
  participants: z.string().max(5000),
  responsibility: z.string().max(5000),
});
export type OrgRole = z.infer<typeof OrgRole>;

/** Lovdata ids look like LOV-2011-06-24-30 (law) or FOR-2017-10-16-1616 (regulation). */
export const LovdataId = z.string().regex(/^(LOV|FOR)-\d{4}-\d{2}-\d{2}-\d{1,4}$/, 'Lovdata-id på formen LOV-ÅÅÅÅ-MM-DD-NR');
export const Law = z.object({ ...ordered, name: z.string().max(500), lovdataId: LovdataId.nullable(), purpose: z.string().max(5000) });
export type Law = z.infer<typeof Law>;

export const DocumentLevel = z.enum(['nasjonal', 'regional', 'lokal']);
export const PolicyDocument = z.object({ ...ordered, level: DocumentLevel, title: z.string().max(500), purpose: z.string().max(5000) });
export type PolicyDocument = z.infer<typeof PolicyDocument>;

export const MeasureStatus = z.enum(['planlagt', 'vedtatt', 'iverksatt', 'avsluttet']);
/** Money in whole øre and FTE in hundredths, so totals are exact integers. */
export const Measure = z.object({
  ...ordered,
  name: z.string().max(1000),
  unit: z.string().max(200),
  themeId: Id.nullable(),
  chapterId: Id.nullable(),
  fteHundredths: z.number().int().min(0).max(10_000_000),
  costOre: z.number().int().min(-1e14).max(1e14),
  status: MeasureStatus,
  statusDate: IsoDate.nullable(),
  followUp: z.string().max(5000),
});
export type Measure = z.infer<typeof Measure>;

export const HearingParty = z.object({ ...ordered, name: z.string().max(500) });
export type HearingParty = z.infer<typeof HearingParty>;

export const SenderType = z.enum(['privatperson', 'organisasjon', 'offentlig-instans', 'intern']);
export const Conclusion = z.enum(['tatt-til-folge', 'delvis-tatt-til-folge', 'ikke-tatt-til-folge', 'tas-til-orientering']);
export type Conclusion = z.infer<typeof Conclusion>;
export const HearingInput = z.object({
  ...ordered,
  sender: z.string().max(500),
  senderType: SenderType,
  receivedDate: IsoDate.nullable(),
  summary: z.string().max(20000),
  fullText: z.string().max(500000),
  attachmentAssetId: Id.nullable(),
  concerns: z.array(Id).max(500),
  assessment: z.string().max(20000),
  conclusion: Conclusion.nullable(),
});
export type HearingInput = z.infer<typeof HearingInput>;

/**
 * Every table of the plan file whose rows change through the change log, with its row schema.
 * Keys are the table names in SQLite and the collection names in the JSON format.
 */
export const ENTITIES = {
  plan: PlanFrame,
  groups: Group,
  themes: Theme,
  areas: Area,
  areaNotes: AreaNote,
  cells: Cell,
  legend: LegendEntry,
  chapters: Chapter,
  assets: Asset,
  milestones: Milestone,
  orgRoles: OrgRole,
  laws: Law,
  documents: PolicyDocument,
  measures: Measure,
  hearingParties: HearingParty,
  inputs: HearingInput,
  comments: Comment,
  planWords: PlanWord,
  inputChanges: InputChange,
} as const;
export type TableName = keyof typeof ENTITIES;
export const TABLE_NAMES = Object.keys(ENTITIES) as TableName[];
export type EntityOf<T extends TableName> = z.infer<(typeof ENTITIES)[T]>;

export const PLAN_FORMAT = 'planverk-plan';
/** 2: `plan.statusLine` and `milestones[].time` (texts as written); version 1 documents are upgraded on reading. */
export const PLAN_FORMAT_VERSION = 2;

/** The whole plan: the JSON interchange format (docs/plan-format.md) and what the API's plan.load returns. */
export const PlanData = z.object({
  format: z.literal(PLAN_FORMAT),
  formatVersion: z.literal(PLAN_FORMAT_VERSION),
  plan: PlanFrame,
  groups: z.array(Group),
  themes: z.array(Theme),
  areas: z.array(Area),
  areaNotes: z.array(AreaNote),
  cells: z.array(Cell),
  legend: z.array(LegendEntry),
  chapters: z.array(Chapter),
  assets: z.array(Asset),
  milestones: z.array(Milestone),
  orgRoles: z.array(OrgRole),
  laws: z.array(Law),
  documents: z.array(PolicyDocument),
  measures: z.array(Measure),
  hearingParties: z.array(HearingParty),
  inputs: z.array(HearingInput),
  /** Comments and replies (issue 15); may be left out (version-2 documents from before them read as they are). */
  comments: z.array(Comment).default([]),
  /** The plan's word list for the spell-check (issue 17); may be left out like comments. */
  planWords: z.array(PlanWord).default([]),
  /** Hearing inputs linked to the changes they caused (issue 16); may be left out like comments. */
  inputChanges: z.array(InputChange).default([]),
});
export type PlanData = z.infer<typeof PlanData>;

/** One field change: the unit of the change log and of the API's plan.mutate. Deleting a row sets its tombstone. */
export type FieldChange = { table: TableName; id: string; column: string; value: unknown };
export const TOMBSTONE = 'tombstone';
