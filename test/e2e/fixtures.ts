// What each E2E file starts from: its own folder (one of the bridge's picked folders) and fresh plans made in it, so no
// file sees what another left behind, whatever order they run in; a hostile plan whose every text field carries markup
// and script; a refused file; and the few waits on time itself a scenario may need.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, inject } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { cellId, type FieldChange, type PlanData, type RichText } from '../../shared/domain/plan';
import { callOk } from './api';

/** This test file's own folder, made by the global setup and picked for the bridge: its plans and outputs go here. */
export function testFolder(): string {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('testFolder() is for E2E test files');
  // The global setup names each folder after its test file without .test.ts.
  return join(inject('e2e').root, basename(testPath, '.test.ts'));
}

/** The built-in sample, an empty plan, the hostile plan, or a plan the test built. */
export type FreshPlanKind = 'sample' | 'empty' | 'hostile' | PlanData;

/**
 * Makes a new plan file `<name>.planverk` in this test file's folder and opens it in the bridge's session. A name
 * already taken fails at once: every plan a file opens is one it made itself.
 */
export async function openFreshPlan(kind: FreshPlanKind = 'sample', name = kind === 'sample' ? 'Eksempelplan' : 'Plan'): Promise<string> {
  const { origin, token } = inject('e2e');
  const path = join(testFolder(), `${name}.planverk`);
  if (existsSync(path)) throw new Error(`${path} exists already: give each fresh plan of a test file its own name`);
  if (kind === 'sample' || kind === 'empty') {
    await callOk(origin, token, 'file.new', { path, sample: kind === 'sample' });
  } else {
    createPlanFile(path, kind === 'hostile' ? buildHostilePlan() : kind).close();
    await callOk(origin, token, 'file.open', { path });
  }
  return path;
}

/** A copy of a file from test/fixtures in this test file's folder: browser mode reads only from the picked folders. */
export function copyToTestFolder(source: string): string {
  const path = join(testFolder(), basename(source));
  copyFileSync(source, path);
  return path;
}

/** What a user might receive by email, in this test file's folder: a text file renamed to .planverk. */
export function writeRefusedFile(): string {
  const path = join(testFolder(), 'Ikke en plan.planverk');
  writeFileSync(path, REFUSED_FILE_CONTENT);
  return path;
}

/** Resolves once the clock has moved past now: two edits made before and after it carry different times. */
export async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() <= now) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A user's pause in a scenario that is about time itself (the bridge killed 200 ms after the last key), never a wait
 * for the app: test/e2eRules.test.ts allows it only where a scenario names its duration.
 */
export function userPause(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

/** Each payload would set window.__pwned (or open a dialog) if the app ever turned text into markup or followed a link. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=\'img\';alert(1)">',
  script: '<script>window.__pwned="script"</script>',
  link: '<a href="javascript:window.__pwned=\'link\'">klikk</a>',
  svg: '<svg onload="window.__pwned=\'svg\'"></svg>',
  iframe: '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
} as const;

export const HOSTILE_TITLE = `Plan ${PAYLOADS.img} ${PAYLOADS.script}`;

export function buildHostilePlan(): PlanData {
  const next = seededIds('hostile');
  const plan = emptyPlan(next);
  plan.plan.title = HOSTILE_TITLE;
  plan.plan.subtitle = PAYLOADS.iframe;
  plan.plan.municipality = PAYLOADS.svg;
  plan.plan.purpose = `${PAYLOADS.script}${PAYLOADS.link}`;
  plan.plan.hearingStart = '2024-04-15';
  plan.plan.hearingEnd = '2024-05-31';
  const theme = { id: next(), sortKey: 1, name: `Tema ${PAYLOADS.svg}` };
  plan.themes = [theme];
  plan.groups = [
    { id: next(), sortKey: 1, kind: 'arbeidsgruppe', number: 1, name: `Gruppe ${PAYLOADS.script}`, leader: PAYLOADS.img, members: '' },
    { id: next(), sortKey: 2, kind: 'arbeidsgruppe', number: 2, name: `Gruppe ${PAYLOADS.img}`, leader: '', members: '' },
  ];
  plan.areas = [
    { id: next(), sortKey: 1, themeId: theme.id, parentId: null, name: `Område ${PAYLOADS.img}`, problems: null, method: null, actors: null },
    { id: next(), sortKey: 2, themeId: theme.id, parentId: null, name: `Område ${PAYLOADS.link}`, problems: null, method: null, actors: null },
  ];
  plan.cells = plan.areas.map((area, i) => {
    const groupId = plan.groups[i % plan.groups.length]!.id;
    return { id: cellId(area.id, groupId), areaId: area.id, groupId, level: i === 0 ? 'OpH' : 'DpH' };
  });
  const body: RichText = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Tekst ${PAYLOADS.img} ${PAYLOADS.script}` }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Farlig lenke', marks: [{ type: 'link', attrs: { href: "javascript:window.__pwned='mark'" } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Data-lenke', marks: [{ type: 'link', attrs: { href: "data:text/html,<script>window.__pwned='data'</script>" } }] }] },
      { type: 'image', attrs: { src: "javascript:window.__pwned='imgsrc'", alt: `"><img src=x onerror="window.__pwned='alt'">` } },
      { type: 'image', attrs: { src: 'https://tracker.example/pixel.png', alt: 'sporingspiksel' } },
      { type: 'script', content: [{ type: 'text', text: "window.__pwned='node'" }] },
      { type: 'paragraph', attrs: { onclick: "window.__pwned='attr'" }, content: [{ type: 'text', text: 'Avsnitt med onclick' }] },
    ],
  };
  plan.chapters = [
    { id: next(), sortKey: 1, parentId: null, kind: 'chapter', title: `Kapittel ${PAYLOADS.iframe}`, numbered: true, status: 'utkast', groupId: null, body },
  ];
  plan.inputs = [
    {
      id: next(),
      sortKey: 1,
      sender: PAYLOADS.img,
      senderType: 'privatperson',
      receivedDate: '2024-05-02',
      summary: PAYLOADS.script,
      fullText: '',
      attachmentAssetId: null,
      concerns: [],
      assessment: '',
      conclusion: null,
    },
  ];
  plan.milestones = [{ id: next(), sortKey: 1, name: PAYLOADS.link, time: '', from: '2024-04', to: null, phase: null }];
  return plan;
}

export const REFUSED_FILE_CONTENT = 'Dette er bare en tekstfil med feil filendelse.\n';

/** A numbered chapter at the top of the tree in the open plan, through plan.mutate as the app writes one. */
export async function addChapter(chapter: { id: string; title: string; body: unknown }): Promise<void> {
  const { origin, token } = inject('e2e');
  const fields = { sortKey: 1, parentId: null, kind: 'chapter', title: chapter.title, numbered: true, status: 'utkast', groupId: null, body: chapter.body };
  const changes = Object.entries(fields).map(([column, value]) => ({ table: 'chapters', id: chapter.id, column, value }) as FieldChange);
  await callOk(origin, token, 'plan.mutate', { changes });
}
