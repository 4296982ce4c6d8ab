// Browser mode's folder rule covers every path the page can name: the contract's path-like arguments are all declared
// in PATH_ARGUMENTS (a new call with a path fails here until it is), and each declared argument, given a place outside
// the picked folders (outside, through .., through a symlink, in a subfolder, or a file of the wrong kind), is refused
// with the one Norwegian sentence while the target stays byte-for-byte as it was, or is not created.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTRACT, type CallName } from '../../../shared/api/contract';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { PATH_ARGUMENTS, type PathRule } from '../../../shared/api/pathArguments';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession, type Session } from '../../../electron/services/session';
import { confineToFolders, preparePlanFolders } from '../../../electron/services/start/planFolders';

/** A string argument is a path when its name says so, or when it has the contract's path length (FilePath: 4096). */
const PATH_NAME = /(path|paths|folder|dir|directory|file|template|target|source|^out)$/i;
const PATH_MAX_LENGTH = 4096;

type Found = { call: CallName; arg: string };

/** The contract's string arguments that look like paths, as "top-level argument" (nested ones by their first key). */
function pathLikeArguments(): Found[] {
  const found: Found[] = [];
  const walk = (call: CallName, schema: z.ZodType, top: string | null, key: string | null) => {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    switch (def.type) {
      case 'object':
        for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(call, v, top ?? k, k);
        break;
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
      case 'readonly':
      case 'nonoptional':
        walk(call, def.innerType as z.ZodType, top, key);
        break;
      case 'array':
        walk(call, def.element as z.ZodType, top, key);
        break;
      case 'union':
        for (const option of def.options as z.ZodType[]) walk(call, option, top, key);
        break;
      case 'pipe':
        walk(call, def.in as z.ZodType, top, key);
        break;
      case 'string': {
        const max = (schema as unknown as { maxLength: number | null }).maxLength;
        if (top && ((key && PATH_NAME.test(key)) || max === PATH_MAX_LENGTH)) found.push({ call, arg: top });
        break;
      }
    }
  };
  for (const [call, spec] of Object.entries(CONTRACT)) walk(call as CallName, spec.args, null, null);
  return found;
}

const declared = (): Found[] =>
  Object.entries(PATH_ARGUMENTS).flatMap(([call, rules]) => Object.keys(rules).map((arg) => ({ call: call as CallName, arg })));

const sessions: Session[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A picked folder with an open sample plan, a folder beside it that was not picked, and the confined handlers. */
function setup() {
  const root = mkdtempSync(join(tmpdir(), 'planverk-path-args-'));
  const picked = join(root, 'Planer');
  const outside = join(root, 'Utenfor');
  mkdirSync(outside);
  const folders = preparePlanFolders([picked]);
  const session = createSession({ recentFilePath: join(root, 'recent.json') });
  sessions.push(session);
  session.create(join(folders[0]!, 'Plan.planverk'), { sample: true });
  const handlers = confineToFolders(createHandlers(session, { planFolders: folders, outDir: root, userDataDir: join(root, 'data') }), folders);
  const call = (name: string, args: unknown) => dispatch(handlers, name, args);
  return { picked: folders[0]!, outside, session, call };
}

/** The other arguments each call needs to pass the contract; the path argument is filled in by the test. */
const OTHER_ARGS: { [K in keyof typeof PATH_ARGUMENTS]: Record<string, unknown> } = {
  'file.open': {},
  'file.new': { sample: false },
  'file.newFromTemplate': { kind: 'planprogram' },
  'file.saveAs': {},
  'merge.preview': {},
  'merge.run': {},
  'merge.previewCopies': {},
  'merge.runCopies': {},
  'start.newPlan': { kind: 'kommunedelplan', malform: 'nb', name: 'Ny' },
  'start.sampleCopy': {},
  'import.docx': {},
  'matrix.importFile': {},
  'tables.importMeasures': {},
  'profile.importFile': {},
  'matrix.exportXlsx': {},
  'profile.exportFile': {},
  'export.run': { format: 'docx' },
  'export.start': { format: 'docx' },
  'versions.export': { id: 'v', format: 'docx' },
  'compare.run': {},
  'versions.restore': { id: 'v' },
};

/** A file name of the kind the rule accepts, so only its place decides. */
function nameFor(rule: PathRule): string {
  if (rule.kind === 'plan') return 'Mål.planverk';
  if (rule.kind === 'write') return `Mål${rule.extensions[0]}`;
  return 'Mål.xlsx';
}

const argsWith = (call: keyof typeof PATH_ARGUMENTS, arg: string, value: string) => ({ ...OTHER_ARGS[call], [arg]: arg === 'paths' ? [value] : value });
const entries = () => Object.entries(PATH_ARGUMENTS).flatMap(([call, rules]) => Object.entries(rules as Record<string, PathRule>).map(([arg, rule]) => [call as keyof typeof PATH_ARGUMENTS, arg, rule] as const));

describe('browser mode: every path argument from the page is under the folder rule', () => {
  it('declares every path-like argument of the API contract in PATH_ARGUMENTS, and nothing that is not in the contract', () => {
    const key = (f: Found) => `${f.call} ${f.arg}`;
    const covered = new Set(declared().map(key));
    const missing = pathLikeArguments().filter((f) => !covered.has(key(f)));
    expect(missing.map(key), 'add these to shared/api/pathArguments.ts').toEqual([]);
    const inContract = new Set(pathLikeArguments().map(key));
    expect(declared().filter((f) => !inContract.has(key(f))).map(key)).toEqual([]);
    // The calls the issue named are among them.
    for (const call of ['import.docx', 'matrix.importFile', 'matrix.exportXlsx', 'tables.importMeasures', 'profile.importFile', 'profile.exportFile', 'export.run', 'export.start']) {
      expect(covered.has(`${call} ${call.startsWith('export.') ? 'out' : 'path'}`), call).toBe(true);
    }
  });

  it.each(entries())('%s refuses its «%s» outside the picked folders in one sentence: an existing target untouched, a new one not created', async (call, arg, rule) => {
    const { picked, outside, call: invoke } = setup();
    const name = nameFor(rule);
    const existing = join(outside, name);
    writeFileSync(existing, 'brukerens fil');
    const before = sha(existing);
    symlinkSync(existing, join(picked, `Lenke-${name}`));
    symlinkSync(outside, join(picked, 'Lenket mappe'));
    mkdirSync(join(picked, 'Undermappe'));
    const places =
      rule.kind === 'folder'
        ? [outside, join(picked, '..', 'Utenfor'), join(picked, 'Lenket mappe'), join(picked, 'Undermappe'), '/']
        : [
            existing,
            join(outside, `Ny-${name}`),
            join(picked, '..', 'Utenfor', name),
            join(picked, `Lenke-${name}`),
            join(picked, 'Lenket mappe', `Ny-${name}`),
            join(picked, 'Undermappe', name),
          ];
    for (const place of places) {
      const result = await invoke(call, argsWith(call, arg, place));
      expect(result, `${call} ${place}`).toEqual({ ok: false, error: { code: 'OUTSIDE_FOLDERS', message: ERROR_MESSAGES.OUTSIDE_FOLDERS, detail: place } });
    }
    expect(sha(existing)).toBe(before);
    expect(existsSync(join(outside, `Ny-${name}`))).toBe(false);
    expect(existsSync(join(picked, 'Undermappe', name))).toBe(false);
  });

  it('refuses a written file of another kind in the picked folder (an export or a spreadsheet aimed at the plan), the plan untouched', async () => {
    const { picked, call } = setup();
    const plan = join(picked, 'Plan.planverk');
    const before = sha(plan);
    for (const [name, args] of [
      ['export.run', { format: 'docx', out: plan }],
      ['export.start', { format: 'pdf', out: join(picked, 'notat.txt') }],
      ['matrix.exportXlsx', { path: plan }],
    ] as const) {
      expect(await call(name, args), name).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDERS' } });
    }
    expect(sha(plan)).toBe(before);
    expect(existsSync(join(picked, 'notat.txt'))).toBe(false);
    // A profile aimed at the plan gets its own extension added, as the desktop does: written beside it, never over it.
    expect(await call('profile.exportFile', { path: plan })).toEqual({ ok: true, value: { path: `${plan}.planverkprofil` } });
    expect(sha(plan)).toBe(before);
  });

  it('lets the same calls work inside the picked folder: an .xlsx written, a profile written with its extension added, the matrix read back', async () => {
    const { picked, call } = setup();
    const xlsx = join(picked, 'Matrise.xlsx');
    expect(await call('matrix.exportXlsx', { path: xlsx })).toMatchObject({ ok: true });
    expect(existsSync(xlsx)).toBe(true);
    expect(await call('matrix.importFile', { path: xlsx })).toMatchObject({ ok: true, value: { imported: true } });
    expect(await call('profile.exportFile', { path: join(picked, 'Profil') })).toEqual({ ok: true, value: { path: join(picked, 'Profil.planverkprofil') } });
    expect(await call('profile.importFile', { path: join(picked, 'Profil.planverkprofil') })).toMatchObject({ ok: true });
  });
});
