// Review of a returned copy in Chromium (issue 15): Kari's copy, edited outside suggestion mode, previewed with
// «Slå sammen som forslag»: the per-person table counts her suggestion; merged, her text is in the chapter as her
// suggestion; a table field both sides changed names both authors, and «Bruk den andre verdien» puts the plan's
// value back in one click; axe finds nothing on either step.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlanFile } from '../../electron/services/store';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { chapterDoc, editChapter, KARI } from '../services/merge/reviewCopies';
import { callOk } from './api';
import { startBrowserAt } from './browser';
import { axeViolations } from './axe';
import { nextMillisecond, openFreshPlan, testFolder } from './fixtures';

const env = inject('e2e');
let browser: Browser;
let page: Page;
const dir = testFolder();
let planPath: string;
const copyPath = join(dir, 'Gjennomgang – kopi fra Kari.planverk');
const sample = buildSamplePlan();
const chapter = sample.chapters.find((c) => c.kind === 'chapter' && (c.body.content ?? []).filter((b) => b.type === 'paragraph' && b.content).length > 1)!;
const measure = sample.measures[0]!;
const KARI_TEXT = 'Kari foreslår dette. ';

beforeAll(async () => {
  planPath = await openFreshPlan('sample', 'Gjennomgang');
  const reader = openPlanFile(planPath, { readOnly: true });
  reader.saveCopy(copyPath);
  reader.close();
  // The adviser renames the measure here first; Kari renames it later in her copy and types in a chapter.
  await callOk(env.origin, env.token, 'plan.mutate', { changes: [{ table: 'measures', id: measure.id, column: 'name', value: 'Rådgiverens navn' }] });
  await nextMillisecond();
  const copy = openPlanFile(copyPath, { author: KARI });
  copy.mutate([{ table: 'measures', id: measure.id, column: 'name', value: 'Karis navn' }]);
  let at = -1;
  chapterDoc(copy, chapter.id).descendants((node, pos) => {
    if (at < 0 && node.type.name === 'paragraph' && node.content.size > 0) at = pos + 1;
    return at < 0;
  });
  editChapter(copy, chapter.id, (tr) => tr.insertText(KARI_TEXT, at), { plain: true });
  copy.close();
  ({ browser, page } = await startBrowserAt(env.chromium, env.origin, env.token, '#/sammenslaing'));
});

afterAll(async () => {
  await browser?.close();
});

describe('a returned copy reviewed in the merge', () => {
  it('«Slå sammen som forslag»: the preview counts per person what the copy brings for review and names who wrote each conflicting value, with no axe violations', async () => {
    await page.getByLabel('Stier til kopiene (.planverk), én per linje').fill(copyPath);
    await page.getByLabel('Slå sammen som forslag').check();
    await page.getByRole('button', { name: 'Vis hva kopiene bringer' }).click();
    const table = page.getByTestId('merge-review');
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Kari Nordmann' });
    expect(await row.locator('th, td').allTextContents()).toEqual(['Kari Nordmann', 'Helse', '1', '0']);
    const conflict = page.getByTestId('merge-conflicts').getByRole('row').filter({ hasText: 'Karis navn' });
    expect(await conflict.textContent()).toContain('av Kari Nordmann (Helse)');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('merged: Kari\'s text is her suggestion in the chapter, and «Bruk den andre verdien» gives the measure the plan\'s name back', async () => {
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await page.getByTestId('merge-done').waitFor();
    const plan = await callOk(env.origin, env.token, 'plan.load', {});
    const body = JSON.stringify(plan.chapters.find((c) => c.id === chapter.id)!.body);
    // The chapter's text, runs joined (where a suggestion starts is the diff's choice: «K|ari … K|ommune» reads the same).
    const text = [...body.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
    expect(text).toContain(`${KARI_TEXT}Kommunedelplanen`);
    expect(body).toMatch(/"type":"insertion","attrs":\{[^}]*"authorName":"Kari Nordmann"/);
    expect(plan.measures.find((m) => m.id === measure.id)!.name).toBe('Karis navn');
    await page.getByRole('button', { name: /^Bruk den andre verdien for .* i / }).click();
    await page.getByText('Den andre verdien er brukt. Angre med Ctrl+Z.').waitFor();
    await expect.poll(async () => (await callOk(env.origin, env.token, 'plan.load', {})).measures.find((m) => m.id === measure.id)!.name).toBe('Rådgiverens navn');
    expect(await axeViolations(page)).toEqual([]);
  });
});
