// The API handler for "Del på e-post", spread into the handlers map by every transport.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import { PlanverkError } from '../../../shared/api/errors';
import { writeShareEmail, type ShareEmailResult } from './shareEmail';

/** `suggestPreset` as for PlanFile.saveCopy: the copy opens in suggestion mode for its recipients (true) or not (false). */
export type SharedPlan = { title: string; versionLabel: string; saveCopy: (path: string, suggestPreset: boolean) => void | Promise<void> };

export type ShareDeps = {
  /** The open plan's title and version and how to write its clean copy; null when no plan is open. */
  currentPlan: () => SharedPlan | null;
  /** Where drafts are written; defaults to a Planverk folder in the system's temp folder. */
  outDir?: string;
  /** Hands the draft to the user's mail program (the Electron shell); browser mode and tests leave it out. */
  openDraft?: (result: ShareEmailResult) => void | Promise<void>;
};

export function createShareHandlers(deps: ShareDeps): Pick<Handlers, 'file.shareByEmail'> {
  return {
    'file.shareByEmail': async ({ to, suggest }) => {
      const plan = deps.currentPlan();
      if (!plan) throw new PlanverkError('NO_PLAN_OPEN');
      const shared = await writeShareEmail({
        writeCopy: (copyPath) => plan.saveCopy(copyPath, suggest === true),
        suggest: suggest === true,
        title: plan.title,
        versionLabel: plan.versionLabel,
        ...(to ? { to } : {}),
        outDir: deps.outDir ?? join(tmpdir(), 'planverk-deling'),
      });
      await deps.openDraft?.(shared);
      return shared;
    },
  };
}
