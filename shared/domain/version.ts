// Named versions (issue 16): what a version is outside the file, and which change-log messages it includes.
// A version is a pointer into the history: a position in the change log plus each chapter's Yjs snapshot.
import { z } from 'zod';
import { formatLocalDay, formatLocalDayTime } from '../format/norwegian';
import { PersonSchema, type Person } from './person';

/** Who made a version: the person of the installation that made it (issue 15 «Who»). */
export type VersionAuthor = Person;
export const VersionAuthorSchema = PersonSchema;

/** A version the user named, or the one made at every export with the «Høringsutkast» watermark. */
export const VersionKindSchema = z.enum(['named', 'hearingDraft']);
export type VersionKind = z.infer<typeof VersionKindSchema>;

export const VERSION_NAME_MAX = 200;
export const VERSION_NOTE_MAX = 4000;

export type VersionInfo = { id: string; name: string; note: string; kind: VersionKind; createdAt: string; author: VersionAuthor | null };

/**
 * The change log's position at a version: for each clock node, the latest timestamp of that node the version includes.
 * Every file holds a prefix of each node's messages (a node belongs to one editing session of one file, and copies
 * carry whole logs), so «node → latest» names exactly the messages the file held, whatever arrives by merges later.
 */
export type LogPosition = Readonly<Record<string, string>>;

const NODE = /^[0-9A-F]{16}$/;
const HLC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9A-F]{16}$/;
export const LogPositionSchema = z
  .record(z.string().regex(NODE), z.string().regex(HLC))
  .refine((pos) => Object.entries(pos).every(([node, ts]) => nodeOfTimestamp(ts) === node), 'tidsstempel fra en annen node');

/** The clock node of an HLC timestamp ("2026-…Z-0000-0123456789ABCDEF"). */
export const nodeOfTimestamp = (timestamp: string): string => timestamp.slice(-16);

/** Whether a message stamped `timestamp` was in the log at `position` (one node's timestamps sort as strings). */
export function positionIncludes(position: LogPosition, timestamp: string): boolean {
  const latest = position[nodeOfTimestamp(timestamp)];
  return latest !== undefined && timestamp <= latest;
}

/** «15.04.2025 kl. 14.03» in the local time zone: when a version was made, as the list and the CLI show it. */
export function formatVersionTime(iso: string): string {
  return formatLocalDayTime(new Date(iso));
}

/** «Høringsutkast 15.04.2025»: the name of the version made by an export with the «Høringsutkast» watermark. */
export function hearingDraftVersionName(at: Date): string {
  return `Høringsutkast ${formatLocalDay(at)}`;
}
