// Migration 0003 (issue 14 «Fidelity of what users type»): the cover's name and status line and each milestone's time
// become fields of their own. An older file gets, once, the texts its documents showed, so nothing visible changes;
// afterwards they are ordinary fields that the adviser edits and copies merge.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import { buildDocument } from '../../../shared/document/builder';
import { asOlderSchema, planBeforeCoverTexts, smallPlan, tempDir } from './helpers';

const tmp = tempDir('planverk-migration-cover-');
afterAll(() => tmp.cleanup());
let n = 0;

/** A plan file as the build before migration 0003 wrote it (schema version 3): no statusLine, no milestone time. */
function fileBeforeCoverTexts(): string {
  const path = tmp.file(`old-${++n}.planverk`);
  createPlanFile(path, planBeforeCoverTexts()).close();
  const db = new Database(path);
  asOlderSchema(db, 3);
  db.close();
  return path;
}

describe('migration 0003: the cover texts and milestone times as fields', () => {
  it('fills the name, status line and milestone times of an older file with what its documents showed', () => {
    const file = openPlanFile(fileBeforeCoverTexts());
    try {
      expect(file.backupPath).not.toBeNull();
      const plan = file.readPlan();
      expect(plan.plan.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
      expect(plan.plan.statusLine).toBe('Høringsdokument vedtatt og lagt ut på høring 15.04.2025');
      expect(plan.milestones.map((m) => m.time)).toEqual(['15.04.2025 – 02.06.2025', 'september 2025']);
      const cover = buildDocument(plan, { part: 'plan', watermark: 'none' }).cover;
      expect(cover.title).toBe('Kommunedelplan helse og omsorg 2025–2037');
      expect(cover.lines[0]).toBe('Høringsdokument vedtatt og lagt ut på høring 15.04.2025');
    } finally {
      file.close();
    }
  });

  it('derives them once: a name the adviser shortens afterwards stays short when the file is opened again', () => {
    const path = fileBeforeCoverTexts();
    const file = openPlanFile(path);
    const id = file.readPlan().plan.id;
    file.mutate([
      { table: 'plan', id, column: 'title', value: 'Helse og omsorg' },
      { table: 'plan', id, column: 'statusLine', value: '' },
    ]);
    file.close();
    const again = openPlanFile(path);
    try {
      expect(again.backupPath).toBeNull();
      expect(again.readPlan().plan.title).toBe('Helse og omsorg');
      expect(again.readPlan().plan.statusLine).toBe('');
    } finally {
      again.close();
    }
  });

  it('merges a status line and a milestone time edited in a copy as ordinary fields', () => {
    const base = createPlanFile(tmp.file(`base-${++n}.planverk`), smallPlan());
    const { plan: frame } = base.readPlan();
    base.mutate([
      { table: 'milestones', id: 'mx', column: 'name', value: 'Vedtak' },
      { table: 'milestones', id: 'mx', column: 'sortKey', value: 1 },
    ]);
    const copyPath = tmp.file(`copy-${n}.planverk`);
    base.saveCopy(copyPath);
    const copy = openPlanFile(copyPath);
    copy.mutate([
      { table: 'plan', id: frame.id, column: 'statusLine', value: 'Til politisk behandling' },
      { table: 'milestones', id: 'mx', column: 'time', value: 'uke 12 2026' },
      { table: 'milestones', id: 'mx', column: 'from', value: '2026-03-16' },
      { table: 'milestones', id: 'mx', column: 'to', value: '2026-03-22' },
    ]);
    copy.close();
    base.mutate([{ table: 'plan', id: frame.id, column: 'title', value: 'Kommunedelplan for kultur' }]);
    mergeFrom(base, copyPath);
    try {
      const merged = base.readPlan();
      expect(merged.plan.title).toBe('Kommunedelplan for kultur');
      expect(merged.plan.statusLine).toBe('Til politisk behandling');
      expect(merged.milestones.find((m) => m.id === 'mx')).toMatchObject({ time: 'uke 12 2026', from: '2026-03-16', to: '2026-03-22' });
    } finally {
      base.close();
    }
  });
});
