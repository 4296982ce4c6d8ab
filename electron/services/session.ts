// The main process's state behind the API: the one open plan file and the recent-files list.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OpenFileInfo } from '../../shared/api/calls/file';
import { PlanverkError } from '../../shared/api/errors';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import type { PlanData } from '../../shared/domain/plan';
import type { Person, PersonInput } from '../../shared/domain/person';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { createPersonStore } from './person/personStore';
import { createPlanFile, openPlanFile, type OpenOptions, type PlanFile } from './store';
import { acquireLock } from './store/lock';

export type SessionOptions = {
  /** A small JSON file holding the recent-files list (the shell passes one in the user data folder). */
  recentFilePath?: string;
  /** better-sqlite3 binary built for the runtime (the Electron build passes its own). */
  nativeBinding?: string | undefined;
  /** Where the plan file migrations are (default: PLANVERK_MIGRATIONS or the repository's migrations/). */
  migrationsFolder?: string | undefined;
  /** The installation's person (person.json in the user's config folder); without it the person lives in memory. */
  personFilePath?: string | undefined;
  /** A person fixed for this session (tests, `cli --author`), used until another is saved. */
  person?: Person | undefined;
};

export type Session = {
  current(): PlanFile | null;
  /** The open file, or NO_PLAN_OPEN. */
  requireCurrent(): PlanFile;
  info(): OpenFileInfo | null;
  open(path: string, opts?: { readOnly?: boolean }): OpenFileInfo;
  /** A new plan file; `overwrite` (only after the user confirmed it) replaces an existing file at the path. */
  create(path: string, from: { sample: boolean } | { plan: PlanData }, opts?: { overwrite?: boolean }): OpenFileInfo;
  saveAs(path: string): OpenFileInfo;
  recent(): string[];
  close(): void;
  /** How plan files are opened in this session (native binding, migrations), for services that open a second file. */
  readonly storeOptions: OpenOptions;
  /** The installation's person: the author of every change this session writes; null until the first start asked. */
  person(): Person | null;
  /** Saves the person (first start, settings); the open plan's later changes carry it. */
  setPerson(input: PersonInput): Person;
};

const RECENT_MAX = 10;

export function createSession(options: SessionOptions = {}): Session {
  let current: PlanFile | null = null;
  const people = createPersonStore(options.personFilePath, options.person ?? null);
  const person = (): Person | null => people.read() ?? options.person ?? null;
  const store: OpenOptions = {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
  };

  const switchTo = (next: PlanFile): OpenFileInfo => {
    if (current && current !== next) current.close();
    current = next;
    next.setAuthor(person());
    remember(next.path);
    return next.info();
  };

  const readRecent = (): string[] => {
    if (!options.recentFilePath || !existsSync(options.recentFilePath)) return [];
    try {
      const list = JSON.parse(readFileSync(options.recentFilePath, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string').slice(0, RECENT_MAX) : [];
    } catch {
      return [];
    }
  };

  const remember = (path: string): void => {
    if (!options.recentFilePath) return;
    const list = [path, ...readRecent().filter((p) => p !== path)].slice(0, RECENT_MAX);
    mkdirSync(dirname(options.recentFilePath), { recursive: true });
    const tmp = `${options.recentFilePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(list, null, 2));
    renameSync(tmp, options.recentFilePath);
  };

  const session: Session = {
    current: () => current,
    requireCurrent() {
      if (!current) throw new PlanverkError('NO_PLAN_OPEN');
      return current;
    },
    info: () => current?.info() ?? null,
    open(path, opts = {}) {
      const abs = resolve(path);
      // Opening the plan that is already open is a no-op, not a clash with our own lock.
      if (current && current.path === abs && (opts.readOnly === undefined || opts.readOnly === current.readOnly)) return current.info();
      return switchTo(openPlanFile(abs, { ...store, ...opts }));
    },
    create(path, from, opts = {}) {
      const plan = 'plan' in from ? from.plan : from.sample ? buildSamplePlan() : emptyPlan();
      const abs = resolve(path);
      if (!opts.overwrite || !existsSync(abs)) return switchTo(createPlanFile(abs, plan, { ...store, author: person() }));
      if (current?.path === abs) throw new PlanverkError('TARGET_EXISTS', abs, { key: 'planOpenNotReplaced' });
      return switchTo(replacePlanFile(abs, plan, { ...store, author: person() }));
    },
    saveAs(path) {
      const file = session.requireCurrent();
      const copy = file.saveAs(resolve(path), store);
      current = copy;
      copy.setAuthor(person());
      remember(copy.path);
      return copy.info();
    },
    recent: readRecent,
    storeOptions: store,
    person,
    setPerson(input) {
      const saved = people.save(input);
      current?.setAuthor(saved);
      return saved;
    },
    close() {
      current?.close();
      current = null;
    },
  };
  return session;
}

/**
 * Writes a new plan over an existing file: complete in a temp file in the same folder first, then renamed over the
 * target, so a failure leaves the target as it was. The target's lock is held meanwhile: a plan open in another
 * Planverk is refused (LOCKED) and nobody can open the target halfway.
 */
function replacePlanFile(target: string, plan: PlanData, store: OpenOptions): PlanFile {
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(target);
  } catch (err) {
    if (err instanceof PlanverkError && err.code === 'LOCKED') throw new PlanverkError('LOCKED', err.detail, { key: 'lockedNotReplaced' });
    throw err;
  }
  const temp = join(dirname(target), `.${basename(target)}.ny-${randomBytes(6).toString('hex')}`);
  try {
    createPlanFile(temp, plan, store).close();
    try {
      renameSync(temp, target);
      // A journal left by a crash beside the old file would be rolled back into the new one when it opens.
      for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    } catch (err) {
      rmSync(temp, { force: true });
      const code = (err as NodeJS.ErrnoException).code ?? '';
      throw new PlanverkError(code === 'ENOSPC' ? 'DISK_FULL' : 'WRITE_FAILED', `${code} ${String((err as Error).message)}`.slice(0, 300), { key: 'notReplaced' });
    }
  } finally {
    lock.release();
  }
  return openPlanFile(target, store);
}
