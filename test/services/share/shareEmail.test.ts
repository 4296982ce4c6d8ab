// The share e-mail is a valid MIME draft: parsed back with mailparser, its headers, body and attachment are intact.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildShareEmail, safeFileName, writeShareEmail } from '../../../electron/services/share/shareEmail';
import { createShareHandlers } from '../../../electron/services/share/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Handlers } from '../../../shared/api/contract';

const title = 'Kommunedelplan helse og omsorg 2025–2037 – Ærlig, øvet og åpen planlegging for alle innbyggere';
const copyBytes = randomBytes(70_000);

async function share(to?: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'planverk-share-'));
  const result = await writeShareEmail({
    writeCopy: (path) => writeFileSync(path, copyBytes),
    title,
    versionLabel: '0.3 høring',
    ...(to ? { to } : {}),
    outDir,
    now: new Date('2024-04-15T10:30:00Z'),
  });
  return { ...result, raw: readFileSync(result.emlPath) };
}

describe('writeShareEmail', () => {
  it('writes a draft that parses back with subject, X-Unsent, body and the exact copy attached', async () => {
    const { emlPath, copyPath, raw } = await share('leder@eksempel.kommune.no');
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(`${title} (versjon 0.3 høring)`);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null).toBe('leder@eksempel.kommune.no');
    expect(mail.date?.toISOString()).toBe('2024-04-15T10:30:00.000Z');
    expect(mail.text).toContain(`«${title}», versjon 0.3 høring`);
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.contentType).toBe('application/x-planverk');
    expect(attachment.filename).toBe(basename(copyPath));
    expect(attachment.filename).toContain('Ærlig, øvet og åpen');
    expect(Buffer.compare(attachment.content, readFileSync(copyPath))).toBe(0);
    expect(Buffer.compare(attachment.content, copyBytes)).toBe(0);
    expect(emlPath.endsWith('.eml')).toBe(true);
  });

  it('uses CRLF line endings only, ASCII only, and no line longer than 76 characters', async () => {
    const { raw } = await share();
    const text = raw.toString('latin1');
    expect([...raw].every((byte) => byte < 0x80)).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(76);
    expect(lines).toContain('X-Unsent: 1');
    expect(text).toMatch(/filename\*0\*=UTF-8''/);
  });

  it('gives every share its own folder so an earlier draft is never overwritten', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'planverk-share-'));
    const input = { writeCopy: (p: string) => writeFileSync(p, copyBytes), title: 'Plan', versionLabel: '1', outDir };
    const a = await writeShareEmail(input);
    const b = await writeShareEmail(input);
    expect(a.emlPath).not.toBe(b.emlPath);
    expect(readFileSync(a.copyPath).equals(readFileSync(b.copyPath))).toBe(true);
  });
});

describe('buildShareEmail', () => {
  it('omits the version from subject and body when the plan has none, and needs no To header', async () => {
    const eml = buildShareEmail({ title: 'Planprogram', versionLabel: '', attachmentName: 'Planprogram.planverk', attachment: new Uint8Array([1, 2, 3]), now: new Date(0) });
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe('Planprogram');
    expect(mail.to).toBeUndefined();
    expect(mail.text).toContain('«Planprogram».');
    expect([...mail.attachments[0]!.content]).toEqual([1, 2, 3]);
  });
});

describe('safeFileName', () => {
  it('removes characters Windows refuses and reserved device names', () => {
    expect(safeFileName('Plan: del 1/2 <utkast>?')).toBe('Plan del 1 2 utkast');
    expect(safeFileName('CON')).toBe('Plan');
    expect(safeFileName('  ...  ')).toBe('Plan');
  });
});

describe('file.shareByEmail handler', () => {
  it('refuses without an open plan and otherwise returns the draft and hands it to openDraft', async () => {
    const opened: string[] = [];
    const outDir = mkdtempSync(join(tmpdir(), 'planverk-share-'));
    let plan: { title: string; versionLabel: string; saveCopy: (p: string) => void } | null = null;
    const handlers = createShareHandlers({ currentPlan: () => plan, outDir, openDraft: (r) => void opened.push(r.emlPath) }) as unknown as Handlers;
    const refused = await dispatch(handlers, 'file.shareByEmail', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'NO_PLAN_OPEN' } });
    expect(await dispatch(handlers, 'file.shareByEmail', { to: 'ikke en adresse' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    plan = { title: 'Plan', versionLabel: '2', saveCopy: (p) => writeFileSync(p, copyBytes) };
    const shared = await dispatch(handlers, 'file.shareByEmail', {});
    expect(shared.ok).toBe(true);
    const value = (shared as { ok: true; value: { emlPath: string; copyPath: string } }).value;
    expect(opened).toEqual([value.emlPath]);
    expect(readFileSync(value.copyPath).equals(copyBytes)).toBe(true);
  });
});
