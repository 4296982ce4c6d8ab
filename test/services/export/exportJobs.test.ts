// Export as a job (the Eksport page's path): progress phases while it runs, the written file when done, cancel leaving
// no file, "Åpne" only for files this session wrote and only where the shell can open them, the suggested path.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../../electron/services/app/handlers';
import { createExportHandlers, type FileOpener } from '../../../electron/services/export/handlers';
import type { ExportJobStatus } from '../../../shared/api/calls/export';
import { fixturePlan } from '../../document/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-jobs-'));
const planPath = join(dir, 'Helse og omsorg.planverk');
const opened: string[] = [];
const opener: FileOpener = { openPath: async (p) => void opened.push(`open ${p}`), showItemInFolder: (p) => void opened.push(`show ${p}`) };
const plan = fixturePlan();
let handlers: ReturnType<typeof createExportHandlers>;

beforeAll(() => {
  handlers = createExportHandlers({ currentPlan: () => plan, currentPath: () => planPath, opener });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function follow(jobId: string): Promise<{ seen: ExportJobStatus[]; last: ExportJobStatus }> {
  const seen: ExportJobStatus[] = [];
  for (;;) {
    const status = await handlers['export.status']({ jobId });
    seen.push(status);
    if (status.state !== 'running') return { seen, last: status };
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('export jobs', () => {
  it('runs a PDF export as a job, reporting phases in order with a rising fraction, and ends with the written file', async () => {
    const out = join(dir, 'plan.pdf');
    const { jobId } = await handlers['export.start']({ format: 'pdf', out, part: 'plan', watermark: 'none', watermarkPlacement: 'diagonal' });
    const { seen, last } = await follow(jobId);
    expect(last.state).toBe('done');
    if (last.state !== 'done') return;
    expect(last.result.path).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const running = seen.flatMap((s) => (s.state === 'running' ? [s] : []));
    expect(running.length).toBeGreaterThan(0);
    const fractions = running.map((s) => s.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(running.some((s) => s.phase === 'layout' || s.phase === 'render')).toBe(true);

    await handlers['export.open']({ jobId, how: 'open' });
    await handlers['export.open']({ jobId, how: 'showInFolder' });
    expect(opened).toEqual([`open ${out}`, `show ${out}`]);
  });

  it('cancels a running export: state cancelled, no file and no temp file left', async () => {
    const out = join(dir, 'avbrutt.pdf');
    const { jobId } = await handlers['export.start']({ format: 'pdf', out, part: 'plan', watermark: 'none', watermarkPlacement: 'diagonal' });
    expect(await handlers['export.cancel']({ jobId })).toEqual({ cancelled: true });
    const { last } = await follow(jobId);
    expect(last.state).toBe('cancelled');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('avbrutt'))).toEqual([]);
    expect(await handlers['export.cancel']({ jobId })).toEqual({ cancelled: false });
    await expect(Promise.resolve().then(() => handlers['export.open']({ jobId, how: 'open' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a failed export with its Norwegian sentence', async () => {
    const { jobId } = await handlers['export.start']({ format: 'html', out: join(dir, 'finnes-ikke', 'x.html'), part: 'plan', watermark: 'none', watermarkPlacement: 'diagonal' });
    const { last } = await follow(jobId);
    expect(last.state).toBe('failed');
    if (last.state === 'failed') expect(last.error.message).toMatch(/^[A-ZÆØÅ].*\.$/);
    expect(() => handlers['export.status']({ jobId: 'ukjent' })).toThrow(/Fant ingen eksport/);
  });

  it('opens nothing where no shell can (browser mode) and says so in app.info', async () => {
    const web = createExportHandlers({ currentPlan: () => plan, currentPath: () => planPath });
    const { jobId } = await web['export.start']({ format: 'html', out: join(dir, 'web.html'), part: 'plan', watermark: 'none', watermarkPlacement: 'diagonal' });
    for (let s = await web['export.status']({ jobId }); s.state === 'running'; s = await web['export.status']({ jobId })) await new Promise((r) => setTimeout(r, 10));
    expect(await web['export.open']({ jobId, how: 'open' })).toEqual({ opened: false });
    expect(createAppHandlers({})['app.info']({})).toEqual({ mode: 'web', canOpenFiles: false });
    expect(createAppHandlers({ mode: 'electron', canOpenFiles: true })['app.info']({})).toEqual({ mode: 'electron', canOpenFiles: true });
  });

  it('suggests a path beside the plan, named for the plan and the part', async () => {
    expect(handlers['export.suggestPath']({ format: 'docx', part: 'plan' })).toEqual({ path: join(dir, 'Helse og omsorg - Høringsutkast.docx') });
    expect((await handlers['export.suggestPath']({ format: 'pdf', part: 'merknadsbehandling' })).path).toBe(join(dir, 'Helse og omsorg - Merknadsbehandling.pdf'));
    const g2 = plan.groups.find((g) => g.number === 2)!;
    const group = (await handlers['export.suggestPath']({ format: 'html', part: { group: g2.id } })).path;
    expect(group.startsWith(join(dir, 'Helse og omsorg - Arbeidspakke '))).toBe(true);
    expect(group).not.toMatch(/[<>:"|?*]/);
  });
});
