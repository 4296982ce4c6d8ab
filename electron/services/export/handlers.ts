// The API handlers of the Eksport page, spread into the handlers map by every transport.
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { checkPlan } from '../../../shared/document/planCheck';
import { buildDocument, findGroup } from '../../../shared/document/builder';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import type { PlanData } from '../../../shared/domain/plan';
import { spellFieldsInNode, spellPlanInNode } from '../spell/planSpelling';
import { assertNotPlanTarget } from '../store/planTargetGuard';
import { exportPlan, type ExportOptions, type RedlineFrom } from './exportPlan';
import type { HearingChanges } from '../../../shared/compare/hearingChanges';
import type { ReviewSource } from '../../../shared/document/build/reviewContent';
import { createExportJobs } from './jobs';
import { suggestExportPath } from './suggestPath';

/** The system's way to open a file or show it in its folder; only the desktop shell has one. */
export type FileOpener = { openPath(path: string): Promise<void>; showItemInFolder(path: string): void };

export type ExportDeps = {
  /** The open plan, or null when none is open. */
  currentPlan: () => PlanData | null;
  /** The open plan's file path, for the suggested output path. */
  currentPath?: () => string | null;
  opener?: FileOpener;
  /**
   * An export with the «Høringsutkast» watermark makes a version of the plan as it was read (issue 16): called when the
   * export reads the plan, it returns what saves the version once the file is written (null: no version here).
   */
  hearingDraftVersion?: () => (() => void) | null;
  /** The open plan's comments with their ranges, for the export «med kommentarer og forslag». */
  currentReview?: (plan: PlanData) => ReviewSource;
  /** «Endringer etter høring» when the plan's document shows it (null: not needed, or no hearing draft). */
  hearingChanges?: (plan: PlanData) => HearingChanges | null;
  /** The newest hearing draft as the older side of «sammenlignet med høringsutkastet» (null: the plan has none). */
  hearingDraft?: (plan: PlanData) => RedlineFrom | null;
};

type ExportCall = 'export.check' | 'export.preview' | 'export.suggestPath' | 'export.run' | 'export.start' | 'export.status' | 'export.cancel' | 'export.open';

export function createExportHandlers(deps: ExportDeps): Pick<Handlers, ExportCall> {
  const jobs = createExportJobs();
  const plan = (): PlanData => {
    const current = deps.currentPlan();
    if (!current) throw new PlanverkError('NO_PLAN_OPEN');
    return current;
  };
  type RunArgs = Pick<ExportOptions, 'format' | 'out' | 'part' | 'watermark' | 'watermarkPlacement' | 'strict' | 'pdfa'> & { review?: boolean | undefined; comparedWithHearing?: boolean | undefined };
  const redlineFrom = (current: PlanData): RedlineFrom => {
    const draft = deps.hearingDraft?.(current) ?? null;
    if (!draft) throw new PlanverkError('NOT_FOUND', undefined, { key: 'noHearingDraft' });
    return draft;
  };
  const options = ({ review, comparedWithHearing, ...args }: RunArgs, current: PlanData): ExportOptions => ({
    ...args,
    pdfa: args.format === 'pdf' && !!args.pdfa,
    openPlan: deps.currentPath?.() ?? null,
    hearingChanges: deps.hearingChanges?.(current) ?? null,
    ...(comparedWithHearing ? { redlineFrom: redlineFrom(current) } : review ? { review: deps.currentReview?.(current) ?? { comments: [] } } : {}),
  });
  return {
    'export.check': async () => {
      const current = plan();
      return checkPlan(current, { spelling: await spellPlanInNode(current), fieldSpelling: await spellFieldsInNode(current) });
    },
    'export.preview': (look) => {
      const current = plan();
      return { html: renderHtml(buildDocument(current, { ...look, hearingChanges: deps.hearingChanges?.(current) ?? null })) };
    },
    'export.suggestPath': ({ format, part }) => {
      const path = deps.currentPath?.();
      if (!path) throw new PlanverkError('NO_PLAN_OPEN');
      const groupName = typeof part === 'object' ? findGroup(plan(), part.group).name : undefined;
      return { path: suggestExportPath(path, format, part, groupName) };
    },
    'export.run': async (args) => {
      const current = plan();
      const version = args.watermark === 'horingsutkast' ? (deps.hearingDraftVersion?.() ?? null) : null;
      const result = await exportPlan(current, options(args, current));
      version?.();
      return result;
    },
    'export.start': (args) => {
      // The plan is read now, so edits made while the export runs do not end up half in the document.
      const snapshot = plan();
      const chosen = options(args, snapshot);
      assertNotPlanTarget(args.out, deps.currentPath?.());
      const version = args.watermark === 'horingsutkast' ? (deps.hearingDraftVersion?.() ?? null) : null;
      const { jobId } = jobs.start(async (signal, onProgress) => {
        const result = await exportPlan(snapshot, { ...chosen, signal, onProgress });
        version?.();
        return result;
      });
      return { jobId };
    },
    'export.status': ({ jobId }) => jobs.status(jobId),
    'export.cancel': ({ jobId }) => jobs.cancel(jobId),
    'export.open': async ({ jobId, how }) => {
      const path = jobs.writtenPath(jobId);
      if (!deps.opener) return { opened: false };
      if (how === 'open') await deps.opener.openPath(path);
      else deps.opener.showItemInFolder(path);
      return { opened: true };
    },
  };
}
