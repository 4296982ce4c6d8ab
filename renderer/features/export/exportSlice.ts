// The Eksport page's state: the choices (what, format, watermark and its placement, output path) and the export job it follows.
// Choices survive leaving the page and coming back; the job is polled through export.status until it ends.
import { create } from 'zustand';
import { resetWithPlan } from '../../app/planScope';
import type { ExportFormatName, ExportJobStatus, ExportPartArg, ExportWatermarkName, ExportWatermarkPlacementName } from '../../../shared/api/calls/export';
import type { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';

export type PartKind = 'plan' | 'matrix' | 'group' | 'merknadsbehandling';

export type ExportChoices = {
  partKind: PartKind;
  groupId: string | null;
  format: ExportFormatName;
  watermark: ExportWatermarkName;
  watermarkPlacement: ExportWatermarkPlacementName;
  /** PDF/A-2 (archival) rather than plain tagged PDF; only sent with the PDF format. */
  pdfa: boolean;
  /** «med kommentarer og forslag»: suggestions as tracked changes and the comments (every format). */
  review: boolean;
  /** «sammenlignet med høringsutkastet»: the differences from the newest hearing draft as tracked changes. */
  comparedWithHearing: boolean;
  path: string;
  /** The adviser typed a path: a new suggestion no longer replaces it (only its extension follows the format). */
  pathTouched: boolean;
};

/** What the page shows about the export: nothing yet, running (with the last status), or how it ended. */
export type JobView =
  | { state: 'idle' }
  /** `cancelRequested`: Avbryt was pressed before the job had an id; it is cancelled as soon as it has one. */
  | { state: 'starting'; cancelRequested?: boolean }
  | { state: 'running'; status: Extract<ExportJobStatus, { state: 'running' }> }
  | Exclude<ExportJobStatus, { state: 'running' }>
  | { state: 'refused'; error: ApiError };

type ExportState = ExportChoices & {
  job: JobView;
  choose(patch: Partial<ExportChoices>): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
};

const POLL_MS = 150;

export function partArg(c: Pick<ExportChoices, 'partKind' | 'groupId'>): ExportPartArg | null {
  if (c.partKind === 'group') return c.groupId ? { group: c.groupId } : null;
  return c.partKind;
}

/** "…/Plan - Høringsutkast.docx" → "…/Plan - Høringsutkast.pdf" when the format changes under a typed path. */
export function withExtension(path: string, format: ExportFormatName): string {
  return /\.(docx|pdf|html?)$/i.test(path) ? path.replace(/\.(docx|pdf|html?)$/i, `.${format}`) : `${path}.${format}`;
}

export const useExportStore = create<ExportState>((set, get) => ({
  partKind: 'plan',
  groupId: null,
  format: 'docx',
  watermark: 'horingsutkast',
  watermarkPlacement: 'diagonal',
  pdfa: false,
  review: false,
  comparedWithHearing: false,
  path: '',
  pathTouched: false,
  job: { state: 'idle' },

  choose(patch) {
    const next = { ...get(), ...patch };
    if (patch.format && next.pathTouched && next.path) next.path = withExtension(next.path, patch.format);
    set({ ...patch, path: next.path });
  },

  async start() {
    const s = get();
    const part = partArg(s);
    if (!part || !s.path.trim() || s.job.state === 'running' || s.job.state === 'starting') return;
    set({ job: { state: 'starting' } });
    const started = await api.call('export.start', { format: s.format, out: s.path.trim(), part, watermark: s.watermark, watermarkPlacement: s.watermarkPlacement, pdfa: s.format === 'pdf' && s.pdfa, review: s.review, comparedWithHearing: s.comparedWithHearing });
    if (!started.ok) return set({ job: { state: 'refused', error: started.error } });
    const { jobId } = started.value;
    // A PDF now takes well under a second: Avbryt is offered from the click on, and a press before the job had its id
    // cancels it here.
    const job = get().job;
    if (job.state === 'starting' && job.cancelRequested) await api.call('export.cancel', { jobId });
    for (;;) {
      const status = await api.call('export.status', { jobId });
      if (!status.ok) return set({ job: { state: 'refused', error: status.error } });
      if (status.value.state !== 'running') return set({ job: status.value });
      set({ job: { state: 'running', status: status.value } });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  },

  async cancel() {
    const job = get().job;
    if (job.state === 'starting') return set({ job: { state: 'starting', cancelRequested: true } });
    if (job.state !== 'running') return;
    await api.call('export.cancel', { jobId: job.status.jobId });
  },
}));

resetWithPlan(useExportStore);
