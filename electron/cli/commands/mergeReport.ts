// How `merge` reports: every conflict with both values as readable text and the one kept, per copy when several
// came back; or, with --json, the same report as one JSON object for scripts and tests.
import type { ConflictAuthor, MergeConflict, MergeCopiesPreview, MergePreview, MergeSummary, PersonReview } from '../../../shared/api/calls/merge';
import { TABLE_NAMES } from '../../../shared/domain/plan';
import { formatLocalDayTime } from '../../../shared/format/norwegian';
import { valueLine, valueText } from '../../../shared/merge/valueText';
import { onlyVersions } from '../../../shared/merge/versionNews';
import { clockSkewLine } from '../clockSkewLine';
import type { CliIo } from '../command';
import { structureLines } from '../structureLines';

/** "23.11.2026 kl. 14.05" in local time, as the app shows times. */
function when(iso: string | null): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return iso ?? 'ukjent tid';
  return formatLocalDayTime(d);
}

/** One value on one line: rich text's lines joined with « / », deletions named, nothing shown as «(tom)». */
function shown(conflict: Pick<MergeConflict, 'column'>, value: unknown): string {
  if (conflict.column === 'tombstone') return value === true ? 'slettet' : 'ikke slettet';
  const text = valueLine(value);
  return text === '' ? '(tom)' : `«${text}»`;
}

function totals(summary: MergeSummary): { added: number; changed: number; deleted: number } {
  const sum = { added: 0, changed: 0, deleted: 0 };
  for (const table of TABLE_NAMES) {
    const c = summary.counts[table];
    if (!c) continue;
    sum.added += c.added;
    sum.changed += c.changed;
    sum.deleted += c.deleted;
  }
  return sum;
}

/** « (av Kari Nordmann)» after a conflicting value, when its author is known. */
const by = (author: ConflictAuthor | null): string => (author ? ` (av ${author.name})` : '');

/** Who brings what to review: «Kari Nordmann (Helse): 3 forslag, 1 kommentar til gjennomgang.» */
function reviewLine(p: PersonReview): string {
  const counts = [p.suggestions > 0 ? `${p.suggestions} forslag` : '', p.comments > 0 ? `${p.comments} ${p.comments === 1 ? 'kommentar' : 'kommentarer'}` : ''].filter(Boolean);
  return `${p.name}${p.group ? ` (${p.group})` : ''}: ${counts.join(', ')} til gjennomgang.`;
}

/** «Ingenting nytt» only when the merge changes nothing and no field was changed on both sides. */
const nothingToSay = (summary: MergeSummary): boolean => summary.nothingNew && summary.conflicts.length === 0;

/** One line of counts, then one per conflict: which row and field, both values, which one the merge keeps and why. */
export function printSummary(summary: MergeSummary, io: CliIo, verb: string, { indent = '', conflicts = true } = {}): void {
  // A copy from a machine whose clock was wrong is said once, with the copy (the whole repeats no copy's details).
  if (conflicts && summary.clock) io.out(`${indent}${clockSkewLine(summary.clock)}`);
  if (nothingToSay(summary)) {
    io.out(`${indent}Kopien har ingenting som ikke allerede er i planen.`);
    return;
  }
  const rows = totals(summary);
  if (onlyVersions(summary)) io.out(`${indent}${verb}: ingen endring i selve planen, bare i listen over versjoner:`);
  else io.out(`${indent}${verb}: ${rows.added} nye rader, ${rows.changed} endrede, ${rows.deleted} slettede; tekst fra kopien i ${summary.chapters.length} kapitler; ${summary.conflicts.length} felt endret i begge.`);
  for (const v of summary.versions) io.out(`${indent}  ${v.change === 'new' ? 'Ny versjon' : 'Versjon slettet i kopien'}: «${v.name}»`);
  for (const p of summary.review) io.out(`${indent}  ${reviewLine(p)}`);
  for (const c of conflicts ? summary.conflicts : []) {
    const kept = c.winner === 'copy' ? `kopiens verdi gjelder (endret sist, ${when(c.copyAt)})` : `planens verdi gjelder (endret sist, ${when(c.hereAt)})`;
    io.out(`${indent}  ${c.rowLabel} – ${c.column}: her ${shown(c, c.here)}${by(c.hereAuthor)}, i kopien ${shown(c, c.copy)}${by(c.copyAuthor)}; ${kept}.`);
  }
  for (const line of conflicts ? structureLines(summary) : []) io.out(`${indent}${line}`);
}

/** Several copies: who sent what (title, file, last change), each copy's part, then the whole merge. */
export function printCopies(report: MergeCopiesPreview, io: CliIo, preview: boolean): void {
  const verb = preview ? 'Sammenslåingen vil gi' : 'Slo sammen';
  if (report.copies.length === 1) {
    printSummary(report.copies[0]!, io, verb);
    return;
  }
  report.copies.forEach((copy, i) => {
    io.out(`Kopi ${i + 1} av ${report.copies.length}: «${copy.copyTitle}» (${copy.path}), siste endring ${when(copy.copyLastChange)}`);
    printSummary(copy, io, preview ? 'Bringer' : 'Brakte', { indent: '  ' });
  });
  // The conflicts were listed under the copy that brought them.
  printSummary(report.total, io, `${verb} i alt`, { conflicts: false });
}

/** A conflict for scripts: both values as text (as a person reads them) and which side the merge keeps. */
function conflictJson(c: MergeConflict): Record<string, unknown> {
  const kind = (c as { kind?: unknown }).kind ?? 'field';
  return { ...c, kind, here: valueText(c.here), copy: valueText(c.copy), kept: c.winner };
}

function summaryJson<T extends MergeSummary>(summary: T): Record<string, unknown> {
  return { ...summary, conflicts: summary.conflicts.map(conflictJson) };
}

/** The whole report as one JSON object: every field the service reports, with conflict values as text. */
export function reportJson(report: MergeCopiesPreview & { backupPath?: string | null }, preview: boolean): string {
  const copies = report.copies.map((copy: MergePreview) => summaryJson(copy));
  const out: Record<string, unknown> = { preview, copies, total: summaryJson(report.total), backupFolder: report.backupFolder };
  if (!preview) out.backupPath = report.backupPath ?? null;
  return JSON.stringify(out, null, 2);
}
