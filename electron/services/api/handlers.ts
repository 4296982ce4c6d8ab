// The API's handlers: one function per call of shared/api/contract.ts, implemented by the session and its plan file.
import type { Handlers } from '../../../shared/api/contract';
import type { MutateResult } from '../../../shared/api/calls/plan';
import type { FieldChange } from '../../../shared/domain/plan';
import type { UiLanguage } from '../../../shared/i18n';
import type { Session } from '../session';
import { createShareHandlers, type ShareDeps } from '../share/handlers';
import { createAppHandlers } from '../app/handlers';
import { createAssetHandlers } from '../store/assetHandlers';
import { createExportHandlers, type FileOpener } from '../export/handlers';
import { readReviewSource } from '../export/reviewSource';
import { createImportHandlers } from '../import/handlers';
import { createMatrixHandlers } from '../matrix/handlers';
import { createMergeHandlers } from '../merge/handlers';
import { createPersonHandlers } from '../person/handlers';
import { createCommentHandlers, refuseCommentChanges } from '../comments/handlers';
import { createHistoryHandlers } from '../history/handlers';
import { newPlanSource } from '../profile/defaultProfile';
import { templatePlanSource } from '../profile/templateSource';
import { createProfileHandlers } from '../profile/handlers';
import { createTablesHandlers } from '../tables/handlers';
import { createSearchHandlers } from '../search/handlers';
import { createStartHandlers, type PlanDialogs } from '../start/handlers';
import { createVersionHandlers } from '../versions/handlers';
import { createCompareHandlers } from '../compare/handlers';
import { hearingDraftVersion } from '../versions/versionService';
import { hearingChangesFor, hearingRedlineFrom } from '../compare/hearingSource';

export type HandlerOptions = Pick<ShareDeps, 'openDraft' | 'outDir'> & {
  /** 'electron' when the desktop shell creates the handlers; the bridge and tests leave it 'web'. */
  mode?: 'electron' | 'web';
  /** The shell's shell.openPath / shell.showItemInFolder, for "Åpne" and "Vis i mappe" after an export. */
  opener?: FileOpener;
  /** The user data folder (the default document profile lives there); without it there is no default profile. */
  userDataDir?: string;
  /** The desktop shell's flush coordinator: the renderer reports there that its edits are written (app.flushed). */
  onFlushed?: (requestId: string) => boolean;
  /** The desktop shell rebuilds its menu in the UI language the renderer reports (app.uiLanguage). */
  onUiLanguage?: (language: UiLanguage) => void;
  /** Browser mode: the folders the page may name plan files in (real paths). Without it, no folders are listed. */
  planFolders?: readonly string[];
  /** Desktop: the system's file dialogs for the start screen, and where a sample copy goes. */
  planDialogs?: PlanDialogs;
  documentsDir?: string;
};

export function createHandlers(session: Session, options: HandlerOptions = {}): Handlers {
  const done = (r: MutateResult | null): MutateResult & { done: boolean } =>
    r ? { ...r, done: true } : { ...(session.requireCurrent().info() satisfies { savedAt: string | null; pendingChanges: number }), done: false };
  return {
    'file.current': () => session.info(),
    'file.open': ({ path, readOnly }) => session.open(path, readOnly === undefined ? {} : { readOnly }),
    'file.new': ({ path, sample, overwrite }) => session.create(path, newPlanSource(sample, options.userDataDir), overwrite === undefined ? {} : { overwrite }),
    'file.newFromTemplate': ({ path, kind, malform, sample, overwrite }) =>
      session.create(path, templatePlanSource(kind, malform, sample === true, options.userDataDir), overwrite === undefined ? {} : { overwrite }),
    'file.saveAs': ({ path }) => session.saveAs(path),
    'file.recent': () => session.recent(),
    'plan.load': () => session.requireCurrent().readPlanView(),
    'plan.mutate': ({ changes }) => {
      refuseCommentChanges(changes as FieldChange[]);
      return session.requireCurrent().mutate(changes as FieldChange[]);
    },
    'plan.undo': () => done(session.requireCurrent().undo()),
    'plan.redo': () => done(session.requireCurrent().redo()),
    'chapter.state': ({ chapterId }) => ({ stateBase64: Buffer.from(session.requireCurrent().chapterState(chapterId)).toString('base64') }),
    'chapter.appendUpdate': ({ chapterId, updateBase64 }) =>
      session.requireCurrent().appendChapterUpdate(chapterId, new Uint8Array(Buffer.from(updateBase64, 'base64'))),
    ...createImportHandlers({ currentPlan: () => session.current() }),
    ...createMatrixHandlers({ currentPlan: () => session.current(), currentPath: () => session.info()?.path ?? null }),
    ...createTablesHandlers({ currentPlan: () => session.current() }),
    ...createCommentHandlers({ currentPlan: () => session.current() }),
    ...createSearchHandlers({ currentPlan: () => session.current() }),
    ...createAssetHandlers({ currentPlan: () => session.current() }),
    ...createProfileHandlers({ currentPlan: () => session.current(), profileFolder: options.userDataDir }),
    ...createMergeHandlers({ currentPlan: () => session.current(), store: session.storeOptions }),
    ...createVersionHandlers({ currentPlan: () => session.current(), store: session.storeOptions }),
    ...createCompareHandlers({ currentPlan: () => session.current(), store: session.storeOptions }),
    ...createExportHandlers({
      currentPlan: () => session.current()?.readPlan() ?? null,
      currentPath: () => session.info()?.path ?? null,
      opener: options.opener,
      hearingDraftVersion: () => {
        const file = session.current();
        return file ? hearingDraftVersion(file) : null;
      },
      currentReview: (plan) => readReviewSource(session.requireCurrent(), plan),
      hearingChanges: (plan) => hearingChangesFor(session.requireCurrent(), plan, session.storeOptions),
      hearingDraft: (plan) => hearingRedlineFrom(session.requireCurrent(), plan, session.person(), session.storeOptions),
    }),
    ...createStartHandlers({
      session,
      folders: options.planDialogs ? null : (options.planFolders ?? []),
      dialogs: options.planDialogs,
      defaultFolder: options.documentsDir,
      userDataDir: options.userDataDir,
    }),
    ...createAppHandlers({ mode: options.mode, canOpenFiles: options.opener !== undefined, onFlushed: options.onFlushed, onUiLanguage: options.onUiLanguage }),
    ...createPersonHandlers(session),
    ...createHistoryHandlers({ currentPlan: () => session.current() }),
    ...createShareHandlers({
      ...options,
      currentPlan: () => {
        const file = session.current();
        if (!file) return null;
        const frame = file.readPlan().plan;
        return { title: frame.title, versionLabel: frame.versionLabel, saveCopy: (path, suggestPreset) => void file.saveCopy(path, { overwrite: true, suggestPreset }) };
      },
    }),
  };
}
