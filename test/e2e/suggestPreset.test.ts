// «Del på e-post … mottakerne foreslår endringer» (issue 15) in the app: the copy the adviser shares that way opens at the
// recipient's with «Foreslå endringer» already on, so what they type arrives as their suggestion; the adviser's own
// plan still opens with the mode off; and a recipient who switches the mode off keeps that choice for this plan (the
// mode is theirs, per person and plan; the preset is only where they start). Each suggestion is drawn in its author's
// colour: Ola Hansen's, made in the copy before it reached the recipient, all in one colour and none in the text's.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { chapterDoc, editChapter, OLA } from '../services/merge/reviewCopies';
import { callOk } from './api';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { launchChromium, newAppPage, openApp, settled } from './browser';
import { testFolder } from './fixtures';
import { E2E_PERSON } from './presetPerson';

// Two installations, each a bridge of its own: the adviser's with the plan, the recipient's with the shared copy.
const env = inject('e2e');
const root = mkdtempSync(join(testFolder(), 'forslag-kopi-'));
const plan = buildSamplePlan();
const chapter = plan.chapters.find((c) => c.kind === 'chapter')!;
let adviser: BridgeProcess;
let recipient: BridgeProcess;
let browser: Browser;

type Json = { type?: string; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };
function insertions(body: unknown): { text: string; author: unknown }[] {
  const out: { text: string; author: unknown }[] = [];
  const walk = (n: Json) => {
    const mark = n.marks?.find((m) => m.type === 'insertion');
    if (n.type === 'text' && mark) out.push({ text: n.text ?? '', author: mark.attrs?.authorName });
    n.content?.forEach(walk);
  };
  walk(body as Json);
  return out;
}

/** The chapter's text as it stands when no suggestion is taken: every run without an insertion mark. */
function textWithout(body: unknown): string {
  const out: string[] = [];
  const walk = (n: Json) => {
    if (n.type === 'text' && !n.marks?.some((m) => m.type === 'insertion')) out.push(n.text ?? '');
    n.content?.forEach(walk);
  };
  walk(body as Json);
  return out.join('');
}

async function chaptersPage(bridge: BridgeProcess): Promise<Page> {
  const page = await newAppPage(browser);
  await openApp(page, bridge.origin, bridge.token, '#/kapitler');
  await page.locator('.plan-editor .ProseMirror').waitFor();
  return page;
}
const modeButton = (page: Page) => page.getByRole('button', { name: /^Foreslå endringer/ });

beforeAll(async () => {
  const planPath = join(root, 'Plan.planverk');
  createPlanFile(planPath, plan).close();
  adviser = await startBridgeProcess([planPath], join(root, 'radgiver'));
  const shared = await callOk(adviser.origin, adviser.token, 'file.shareByEmail', { suggest: true });
  // Ola proposed words at the start of the second and third paragraphs before the copy reached the recipient.
  const copy = openPlanFile(shared.copyPath, { author: OLA });
  try {
    const starts: number[] = [];
    chapterDoc(copy, chapter.id).forEach((node, offset) => void (node.type.name === 'paragraph' && starts.push(offset + 1)));
    editChapter(copy, chapter.id, (tr) => [starts[2]!, starts[1]!].forEach((at) => tr.insertText('Ola mener: ', at)));
  } finally {
    copy.close();
  }
  recipient = await startBridgeProcess([shared.copyPath], join(root, 'mottaker'));
  browser = await launchChromium(env.chromium);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await adviser?.stop();
  await recipient?.stop();
});

describe('a copy shared «mottakerne foreslår endringer»', () => {
  it('opens at the recipient’s with «Foreslå endringer» on: what they type is their suggestion, each suggestion drawn in its author’s colour, the text unchanged', async () => {
    const page = await chaptersPage(recipient);
    await expect.poll(() => modeButton(page).getAttribute('aria-pressed')).toBe('true');
    const editor = page.locator('.plan-editor .ProseMirror');
    await editor.locator('p').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.insertText('Utkast: ');
    await expect.poll(async () => (await editor.locator('ins.plan-suggestion').allTextContents()).sort()).toEqual(['Ola mener: ', 'Ola mener: ', 'Utkast: ']);
    const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
    await expect
      .poll(async () => insertions((await callOk(recipient.origin, recipient.token, 'plan.load', {})).chapters.find((c) => c.id === chapter.id)?.body).sort(byText))
      .toEqual([
        { text: 'Ola mener: ', author: OLA.name },
        { text: 'Ola mener: ', author: OLA.name },
        { text: 'Utkast: ', author: E2E_PERSON.name },
      ]);
    const body = (await callOk(recipient.origin, recipient.token, 'plan.load', {})).chapters.find((c) => c.id === chapter.id)?.body;
    expect(textWithout(body)).toBe(textWithout(chapter.body));
    // Drawn in the author's colour: both of Ola's in one, and not in the colour of the text around them.
    const colours = await editor
      .locator('ins.plan-suggestion')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', own: getComputedStyle(el).color, around: getComputedStyle(el.parentElement!).color })));
    const olas = colours.filter((c) => c.text === 'Ola mener: ');
    expect(olas).toHaveLength(2);
    expect(olas[0]!.own).toBe(olas[1]!.own);
    for (const c of colours) expect(c.own).not.toBe(c.around);
    await page.close();
  });

  it('the adviser’s own plan still opens with the mode off', async () => {
    const page = await chaptersPage(adviser);
    await settled(page);
    expect(await modeButton(page).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('a recipient who switches it off keeps it off for this plan on the next start (the preset is only where they begin)', async () => {
    const page = await chaptersPage(recipient);
    await expect.poll(() => modeButton(page).getAttribute('aria-pressed')).toBe('true');
    await modeButton(page).click();
    await expect.poll(() => modeButton(page).getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    await page.locator('.plan-editor .ProseMirror').waitFor();
    await settled(page);
    expect(await modeButton(page).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });
});
