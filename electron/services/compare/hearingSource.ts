// «Endringer etter høring» from a plan file (issue 16): the newest «Høringsutkast» version (made at every export with
// that watermark) against the plan now. Reading a version is the costly part, so it is done only when the plan shows
// the list or names changes in its merknadsbehandling.
import { hearingChanges, type HearingChanges } from '../../../shared/compare/hearingChanges';
import { wordsFor } from '../../../shared/document/words';
import type { Malform, PlanData } from '../../../shared/domain/plan';
import type { VersionInfo } from '../../../shared/domain/version';
import type { Person } from '../../../shared/domain/person';
import type { ChangeBy } from '../../../shared/compare/redline/redlineRuns';
import { formatLocalDay } from '../../../shared/format/norwegian';
import type { OpenOptions, PlanFile } from '../store';
import { listVersions, readVersion } from '../versions/versionService';
import type { RedlineFrom } from '../export/exportPlan';
import { changeAuthors, versionPoint } from './changeAuthors';

/** The plan at its newest «Høringsutkast» version, named in the plan's målform; null when there is none. */
export type HearingDraft = { plan: PlanData; label: string; version: VersionInfo };

export function readHearingDraft(file: PlanFile, malform: Malform, opts: OpenOptions = {}): HearingDraft | null {
  const draft = [...listVersions(file)].reverse().find((v) => v.kind === 'hearingDraft');
  if (!draft) return null;
  const { plan, version } = readVersion(file, draft.id, opts);
  // «Høyringsutkast 15.04.2025» in a nynorsk plan, whatever the version's own (bokmål) name says.
  return { plan, version, label: `${wordsFor(malform).hearingDraft} ${formatLocalDay(new Date(draft.createdAt))}` };
}

/** The changes since the newest hearing draft, or null when the plan has none. */
export function readHearingChanges(file: PlanFile, now: PlanData, opts: OpenOptions = {}): HearingChanges | null {
  const draft = readHearingDraft(file, now.plan.malform, opts);
  return draft ? hearingChanges(draft.plan, now, draft.label) : null;
}

/** True when the document would show the list (its live block) or a link to a change (the merknadsbehandling). */
export function needsHearingChanges(plan: PlanData): boolean {
  return (plan.inputChanges ?? []).length > 0 || plan.chapters.some((c) => hasLiveBlock(c.body, 'hearing-changes'));
}

function hasLiveBlock(node: unknown, kind: string): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const n = node as { type?: unknown; attrs?: { kind?: unknown }; content?: unknown };
  if (n.type === 'liveBlock' && n.attrs?.kind === kind) return true;
  return Array.isArray(n.content) && n.content.some((child) => hasLiveBlock(child, kind));
}

/** For an export or preview: the list when the document needs it (null when it does not or the plan has no hearing draft). */
export function hearingChangesFor(file: PlanFile, plan: PlanData, opts: OpenOptions = {}): HearingChanges | null {
  return needsHearingChanges(plan) ? readHearingChanges(file, plan, opts) : null;
}

/**
 * Whom a redline's changes are attributed to when the history cannot tell (no such change found, or made before
 * authors were recorded): the person exporting (Word shows «Ukjent forfatter» when there is none), no date.
 */
export function changesBy(person: Person | null): ChangeBy {
  return { author: person?.name ?? '', initials: person?.initials ?? '', date: null };
}

/**
 * «Sammenlignet med høringsutkastet»: the newest hearing draft as the older side of a redline of the plan now, each
 * change attributed to who made it after the draft (changeAuthors.ts); null when the plan has none. The authors read
 * the file lazily while the redline is built: the file must stay open until then.
 */
export function hearingRedlineFrom(file: PlanFile, now: PlanData, person: Person | null, opts: OpenOptions = {}): RedlineFrom | null {
  const draft = readHearingDraft(file, now.plan.malform, opts);
  if (!draft) return null;
  const by = changesBy(person);
  const point = versionPoint(file.database, draft.version.id);
  return { plan: draft.plan, label: draft.label, by, authors: point ? changeAuthors(file.database, point, null, by) : null };
}
