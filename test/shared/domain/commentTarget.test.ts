// What a comment is on, named for the plan-wide list and the panes: a matrix cell by its area and group (with or
// without a level), a row by its label, a deleted row as null; every target table belongs to one place of the app.
import { describe, expect, it } from 'vitest';
import { COMMENT_TARGET_TABLES, commentPlaceOf } from '../../../shared/domain/comment';
import { cellOf, commentTargetName, openCommentTargets } from '../../../shared/domain/commentTarget';
import type { Comment } from '../../../shared/domain/comment';
import { cellId } from '../../../shared/domain/plan';
import { smallPlan } from '../../services/store/helpers';

describe('comment targets', () => {
  it('names a matrix cell by its area and group, whether or not the cell has a level', () => {
    const plan = smallPlan();
    const [bolig, kontor] = plan.areas;
    const group = plan.groups[0]!;
    plan.groups.push({ id: 'g2', sortKey: 2, kind: 'prosjektgruppe', number: null, name: 'Prosjektgruppa', leader: '', members: '' });
    expect(plan.cells.some((c) => c.id === cellId(bolig!.id, group.id))).toBe(true);
    expect(commentTargetName(plan, 'cells', cellId(bolig!.id, group.id))).toBe('Bolig × Arbeidsgruppe 1: Gruppe 1');
    expect(plan.cells.some((c) => c.id === cellId(kontor!.id, 'g2'))).toBe(false);
    expect(commentTargetName(plan, 'cells', cellId(kontor!.id, 'g2'))).toBe('Felles boligkontor × Prosjektgruppa');
    expect(cellOf(plan, cellId(kontor!.id, 'g2'))).toMatchObject({ area: { id: kontor!.id }, group: { id: 'g2' } });
  });

  it('a cell of a deleted group or area and a deleted row have no name (the comment stays, its place says it is gone)', () => {
    const plan = smallPlan();
    const area = plan.areas[0]!;
    expect(commentTargetName(plan, 'cells', cellId(area.id, 'finnes-ikke'))).toBeNull();
    expect(commentTargetName(plan, 'cells', cellId('finnes-ikke', plan.groups[0]!.id))).toBeNull();
    expect(commentTargetName(plan, 'cells', area.id)).toBeNull();
    expect(commentTargetName(plan, 'inputs', 'finnes-ikke')).toBeNull();
  });

  it('names rows by what the adviser knows them by: a chapter by its title, an area by its name, an input by its sender', () => {
    const plan = smallPlan();
    plan.inputs.push({ id: 'i1', sortKey: 1, sender: 'Statsforvalteren', senderType: 'offentlig-instans', receivedDate: null, summary: '', fullText: '', attachmentAssetId: null, concerns: [], assessment: '', conclusion: null });
    plan.milestones.push({ id: 'm1', sortKey: 1, name: 'Oppstart', time: 'vår 2025', from: null, to: null, phase: null });
    expect(commentTargetName(plan, 'chapters', plan.chapters[0]!.id)).toBe('Innledning');
    expect(commentTargetName(plan, 'areas', plan.areas[0]!.id)).toBe('Bolig');
    expect(commentTargetName(plan, 'inputs', 'i1')).toBe('Statsforvalteren');
    expect(commentTargetName(plan, 'milestones', 'm1')).toBe('Oppstart');
  });

  it('every target table belongs to one place of the «Sted» filter', () => {
    const places = Object.fromEntries(COMMENT_TARGET_TABLES.map((t) => [t, commentPlaceOf(t)]));
    expect(places).toEqual({
      chapters: 'chapters',
      cells: 'matrix',
      areas: 'matrix',
      inputs: 'hearing',
      hearingParties: 'hearing',
      milestones: 'tables',
      orgRoles: 'tables',
      laws: 'tables',
      documents: 'tables',
      measures: 'tables',
    });
  });

  it('marks as commented only the rows with an open thread (a resolved thread or a reply alone does not)', () => {
    const base: Omit<Comment, 'id' | 'parentId' | 'targetTable' | 'targetId' | 'resolved'> = {
      anchorStart: null, anchorEnd: null, quote: '', body: 'x', authorId: 'p', authorName: 'P', authorInitials: 'P', authorGroup: null,
      createdAt: '2026-12-07T08:00:00Z', editedAt: null, resolvedAt: null, resolvedBy: null,
    };
    const open = openCommentTargets([
      { ...base, id: 'c1', parentId: null, targetTable: 'cells', targetId: 'a:g', resolved: false },
      { ...base, id: 'c2', parentId: null, targetTable: 'areas', targetId: 'a', resolved: true },
      { ...base, id: 'c3', parentId: 'c2', targetTable: 'areas', targetId: 'a', resolved: false },
      { ...base, id: 'c4', parentId: null, targetTable: 'measures', targetId: 'm', resolved: false },
    ]);
    expect([...open].sort()).toEqual(['cells:a:g', 'measures:m']);
  });
});
