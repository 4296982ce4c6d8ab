// The Eksport page's «Sammenlignet med høringsutkastet» (issue 16) in Chromium against the real services: with the box
// ticked the Word file is the redline against the newest hearing draft (w:ins/w:del in word/document.xml, the changed
// words inside them); without it the same export has no tracked change at all. axe-core finds nothing with it ticked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callOk } from './api';
import { axeViolations } from './axe';
import { settled, startBrowserAt } from './browser';
import { openFreshPlan, testFolder } from './fixtures';
import { exportTo } from './exportPage';

const env = inject('e2e');
let browser: Browser;
let page: Page;

const documentXml = async (path: string): Promise<string> => (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
const inside = (xml: string, tag: 'ins' | 'del'): string[] =>
  [...xml.matchAll(new RegExp(`<w:${tag} [^>]*>(.*?)</w:${tag}>`, 'gs'))].map((m) => [...m[1]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((t) => t[1]).join(''));

beforeAll(async () => {
  await openFreshPlan('sample', 'Sammenlignet med høring');
  // The hearing draft as the adviser makes it: an export with the «Høringsutkast» watermark saves the version.
  await callOk(env.origin, env.token, 'export.run', { format: 'html', out: join(testFolder(), 'høringsutkast.html'), watermark: 'horingsutkast' });
  const plan = await callOk(env.origin, env.token, 'plan.load', {});
  const chapter = plan.chapters.find((c) => JSON.stringify(c.body).includes('tjenestene'))!;
  await callOk(env.origin, env.token, 'plan.mutate', {
    changes: [{ table: 'chapters', id: chapter.id, column: 'body', value: JSON.parse(JSON.stringify(chapter.body).replace('tjenestene', 'tilbudene')) }],
  });
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/eksport'));
});

afterAll(async () => {
  await browser?.close();
});

async function exportWord(name: string): Promise<string> {
  const out = join(testFolder(), name);
  await exportTo(page, out);
  return out;
}

describe('Eksport: «Sammenlignet med høringsutkastet»', () => {
  it('ticked, the Word file holds the changes since the hearing draft as w:ins/w:del; unticked, it holds none', async () => {
    await page.getByRole('radio', { name: 'Word (.docx)' }).check();
    await page.getByRole('radio', { name: 'Ingen', exact: true }).check();
    const box = page.getByRole('checkbox', { name: 'Sammenlignet med høringsutkastet' });
    await box.check();
    expect(await box.isChecked()).toBe(true);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    const redline = await documentXml(await exportWord('sammenlignet.docx'));
    expect(inside(redline, 'del')).toContain('tjenestene');
    expect(inside(redline, 'ins')).toContain('tilbudene');
    expect(redline).toMatch(/<w:ins [^>]*w:author="[^"]+"/);

    await box.uncheck();
    const clean = await documentXml(await exportWord('uten-sammenligning.docx'));
    expect(clean).not.toMatch(/<w:(ins|del)\b/);
    expect(clean).toContain('tilbudene');
  });
});
