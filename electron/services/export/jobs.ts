// Exports as jobs the Eksport page follows: start returns at once, status reports the phase and a rough fraction,
// cancel aborts (the atomic write then leaves no file). Finished jobs are kept, few and small, so the page can ask
// again and "Åpne" can name a file by its job instead of by a path the renderer chose.
import { randomUUID } from 'node:crypto';
import type { ExportJobPhase, ExportJobStatus, ExportRunResult } from '../../../shared/api/calls/export';
import { ERROR_MESSAGES, PlanverkError, type ApiError } from '../../../shared/api/errors';
import type { ExportPhase } from './exportPlan';

type Job =
  | { state: 'running'; phase: ExportJobPhase; fraction: number; started: number; controller: AbortController }
  | { state: 'done'; result: ExportRunResult }
  | { state: 'failed'; error: ApiError }
  | { state: 'cancelled' };

export type RunJob = (signal: AbortSignal, onProgress: (phase: ExportPhase, fraction: number) => void) => Promise<ExportRunResult>;

const KEEP_FINISHED = 20;

function toApiError(err: unknown): ApiError {
  if (err instanceof PlanverkError) return err.toApiError();
  return { code: 'EXPORT_FAILED', message: ERROR_MESSAGES.EXPORT_FAILED, detail: err instanceof Error ? err.message : String(err) };
}

export function createExportJobs(now: () => number = () => performance.now()) {
  const jobs = new Map<string, Job>();

  const forget = () => {
    const finished = [...jobs.entries()].filter(([, j]) => j.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(id);
  };

  const get = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new PlanverkError('NOT_FOUND', jobId, { key: 'exportUnknown' });
    return job;
  };

  return {
    start(run: RunJob): { jobId: string; done: Promise<void> } {
      const jobId = randomUUID();
      const controller = new AbortController();
      const job: Job = { state: 'running', phase: 'queued', fraction: 0, started: now(), controller };
      jobs.set(jobId, job);
      const done = run(controller.signal, (phase, fraction) => {
        if (job.state === 'running') Object.assign(job, { phase, fraction });
      }).then(
        // A result means the file was renamed into place: done, even if cancel came a moment too late.
        (result) => void jobs.set(jobId, { state: 'done', result }),
        (err: unknown) => void jobs.set(jobId, controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: toApiError(err) }),
      );
      void done.then(forget);
      return { jobId, done };
    },

    status(jobId: string): ExportJobStatus {
      const job = get(jobId);
      if (job.state === 'running') return { jobId, state: 'running', phase: job.phase, fraction: job.fraction, elapsedMs: Math.round(now() - job.started) };
      return { jobId, ...job };
    },

    cancel(jobId: string): { cancelled: boolean } {
      const job = get(jobId);
      if (job.state !== 'running') return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },

    /** The file a finished job wrote, or an error when it has none. */
    writtenPath(jobId: string): string {
      const job = get(jobId);
      if (job.state !== 'done') throw new PlanverkError('NOT_FOUND', jobId, { key: 'exportNoFile' });
      return job.result.path;
    },
  };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;
