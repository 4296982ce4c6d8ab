// The Eksport page end to end: DOCX, PDF and PDF/A exported through the UI (progress, result path, real files), an export
// cancelled with no file left, a target another program holds refused in one sentence, the accessibility check and
// the sandboxed preview, axe-core and keyboard access.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { setImmutable } from '../services/export/immutableFile';
import { goTo, startBrowserAt } from './browser';
import { axeViolations } from './axe';
import { openFreshPlan, testFolder } from './fixtures';
import { exportDone } from './exportPage';

const env = inject('e2e');
const dir = testFolder();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await openFreshPlan('sample');
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/eksport'));
});
afterAll(async () => {
  await browser?.close();
});

const pathField = () => page.getByTestId('export-path');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** chattr +i works where the test's folder is (ext4, btrfs, xfs; not tmpfs): the locked target must lie in a picked folder. */
function canLockIn(dir: string): boolean {
  const probe = join(dir, '.chattr-probe');
  writeFileSync(probe, '');
  try {
    setImmutable(probe, true);
    setImmutable(probe, false);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

async function exportAs(format: 'Word (.docx)' | 'PDF', out: string): Promise<{ sawProgress: boolean; seconds: number }> {
  await page.getByRole('radio', { name: format }).check();
  await pathField().fill(out);
  // The bar appears only after half a second; a PDF (two print passes) takes longer than that. The page notes it the
  // moment it appears, however short it stays.
  await page.evaluate(() => {
    const w = window as unknown as { __sawProgress: boolean };
    w.__sawProgress = false;
    const seen = () => (w.__sawProgress ||= document.querySelector('[data-testid="export-progress"]') !== null);
    new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
  await exportDone(page, out);
  const done = page.getByTestId('export-done').filter({ hasText: out });
  const seconds = Number(/\(([^,]*), ([\d,]+) s\)/.exec((await done.textContent()) ?? '')?.[2]?.replace(',', '.'));
  return { sawProgress: await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress), seconds };
}

describe('Eksport page', () => {
  it('suggests an output path beside the plan that follows the chosen format', async () => {
    await page.getByRole('radio', { name: 'PDF' }).check();
    await expect.poll(() => pathField().inputValue()).toBe(join(dir, 'Eksempelplan - Høringsutkast.pdf'));
    await page.getByRole('radio', { name: 'Ansvarsmatrisen' }).check();
    await expect.poll(() => pathField().inputValue()).toBe(join(dir, 'Eksempelplan - Ansvarsmatrise.pdf'));
    await page.getByRole('radio', { name: 'Hele planen (høringsutkast)' }).check();
  });

  it('exports the sample plan to DOCX and to PDF through the UI and shows the result path; the files are real', async () => {
    const docx = join(dir, 'ui-eksport.docx');
    await exportAs('Word (.docx)', docx);
    expect(execFileSync('unzip', ['-l', docx], { encoding: 'utf8' })).toContain('word/document.xml');

    const pdf = join(dir, 'ui-eksport.pdf');
    // The bar shows once a running export has taken half a second: seen when the export took clearly longer (the page
    // asks every 150 ms), not seen when it was done before. How long it takes depends on the machine, not on the test.
    const { sawProgress, seconds } = await exportAs('PDF', pdf);
    expect(seconds).toBeGreaterThan(0);
    if (seconds >= 1) expect(sawProgress).toBe(true);
    if (seconds < 0.5) expect(sawProgress).toBe(false);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(3);
    // Browser mode cannot open files: no "Åpne" / "Vis i mappe".
    expect(await page.getByRole('button', { name: 'Åpne', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vis i mappe' }).count()).toBe(0);
  });

  it('exports PDF/A-2 when «PDF/A-2 for arkivet» is checked (only offered for PDF); the XMP says part 2', async () => {
    const archive = page.getByRole('checkbox', { name: 'PDF/A-2 for arkivet (Noark)' });
    await page.getByRole('radio', { name: 'Word (.docx)' }).check();
    expect(await archive.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'PDF' }).check();
    await archive.check();
    const pdf = join(dir, 'ui-arkiv.pdf');
    await exportAs('PDF', pdf);
    const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<xmp:CreatorTool>Planverk</xmp:CreatorTool>');
    await archive.uncheck();
  });

  it('cancels a running export and leaves no file behind', async () => {
    const out = join(dir, 'avbrutt-i-ui.pdf');
    await page.getByRole('radio', { name: 'PDF' }).check();
    await pathField().fill(out);
    // Typst sets the sample plan in a fraction of a second: the start request is held until Avbryt has been pressed,
    // so the press always lands while the export is under way (the job is cancelled as soon as it has its id).
    let release = () => {};
    const pressed = new Promise<void>((r) => (release = r));
    await page.route('**/api/export.start', async (route) => {
      await pressed;
      await route.fallback();
    });
    try {
      await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
      await page.getByRole('button', { name: 'Avbryt eksporten' }).click();
      release();
      await page.getByTestId('export-cancelled').waitFor();
    } finally {
      release();
      await page.unrouteAll({ behavior: 'wait' });
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('avbrutt-i-ui'))).toEqual([]);
  });

  it('refuses an export outside the picked folders in one sentence: an existing file there untouched, a new one not created', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'planverk-e2e-utenfor-'));
    const existing = join(outside, 'Høringsutkast.docx');
    writeFileSync(existing, 'brukerens eget dokument');
    const before = sha256(existing);
    await page.getByRole('radio', { name: 'Word (.docx)' }).check();
    for (const out of [existing, join(outside, 'Ny.docx'), join(dir, 'finnes-ikke', 'x.docx')]) {
      await pathField().fill(out);
      await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
      const failed = page.getByTestId('export-failed').filter({ hasText: out });
      await failed.waitFor();
      expect(await failed.textContent()).toContain(ERROR_MESSAGES.OUTSIDE_FOLDERS);
    }
    expect(sha256(existing)).toBe(before);
    expect(readdirSync(outside)).toEqual(['Høringsutkast.docx']);
    expect(existsSync(join(dir, 'finnes-ikke'))).toBe(false);
  });

  it.runIf(canLockIn(dir))('says the target is open in another program when it cannot be replaced, and leaves it unchanged (needs chattr +i)', async () => {
    const out = join(dir, 'Åpen i Word.docx');
    writeFileSync(out, 'forrige versjon');
    const before = sha256(out);
    try {
      setImmutable(out, true);
      await page.getByRole('radio', { name: 'Word (.docx)' }).check();
      await pathField().fill(out);
      await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
      const failed = page.getByTestId('export-failed');
      await failed.waitFor();
      expect(await failed.textContent()).toContain(ERROR_MESSAGES.TARGET_LOCKED);
      expect(await page.getByTestId('export-status').getAttribute('role')).toBe('status');
      expect(sha256(out)).toBe(before);
      expect(readdirSync(dir).filter((f) => f.includes('Åpen i Word'))).toEqual(['Åpen i Word.docx']);
    } finally {
      setImmutable(out, false);
      rmSync(out);
    }
  });

  it('runs the accessibility check and shows the preview in a sandbox without scripts; axe-core finds 0 violations', async () => {
    await page.getByTestId('export-check-ok').or(page.getByTestId('export-check-list')).waitFor();
    await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    const frame = page.getByTestId('export-preview');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const inner = page.frameLocator('[data-testid="export-preview"]');
    await expect.poll(() => inner.locator('nav.toc').count()).toBe(1);
    expect(await inner.locator('h1').first().textContent()).toBeTruthy();
    expect(await frame.getAttribute('title')).toBe('Forhåndsvisning av dokumentet');
    // axe cannot run inside a frame that runs no script; the preview's HTML itself passes axe in test/document/htmlRenderer.test.ts.
    expect(await axeViolations(page, { exclude: '[data-testid="export-preview"]' })).toEqual([]);
  });

  it('reaches every control of the export with the keyboard and exports with Enter', async () => {
    await goTo(page, '#/plan');
    await goTo(page, '#/eksport');
    await page.getByRole('radio', { name: 'Hele planen (høringsutkast)' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const label = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
          return label ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
        }),
      );
      await page.keyboard.press('Tab');
    }
    for (const name of ['Hele planen (høringsutkast)', 'Word (.docx)', 'Ingen', 'Lagres som', 'Eksporter', 'Sjekk på nytt', 'Vis forhåndsvisning']) {
      expect(reached.some((r) => r.includes(name)), `${name} in ${reached.join(' · ')}`).toBe(true);
    }
    // Arrow keys choose within a radio group; Enter in the path field submits the form.
    await page.getByRole('radio', { name: 'Word (.docx)' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'PDF' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Word (.docx)' }).check();
    const out = join(dir, 'tastatur.docx');
    await pathField().fill(out);
    await pathField().press('Enter');
    await exportDone(page, out);
    await expect.poll(() => existsSync(out) && statSync(out).size > 0).toBe(true);
  });
});
