// Values a migration's SQL cannot compute (words in the plan's målform, dates written the Norwegian way), filled once
// right after the migration that adds their columns, inside the same open. Keyed by the migration's name rather than
// its number, so that renumbering a migration when branches land cannot run a step against the wrong schema.
import type { Database } from 'better-sqlite3';
import { PlanFrame, type Malform } from '../../../shared/domain/plan';
import { withWrittenCoverTexts } from '../../../shared/document/frameTexts';
import { formatPeriod } from '../../../shared/format/norwegian';

type Step = { suffix: string; run: (db: Database) => void };

const STEPS: Step[] = [{ suffix: '_frame_and_milestone_texts', run: fillWrittenTexts }];

/** Runs the steps of the migrations whose journal tags are given (those just applied). */
export function runDataSteps(db: Database, appliedTags: readonly string[]): void {
  for (const step of STEPS) if (appliedTags.some((tag) => tag.endsWith(step.suffix))) step.run(db);
}

const FrameFacts = PlanFrame.pick({ title: true, planType: true, periodFrom: true, periodTo: true, malform: true, phase: true, hearingStart: true, adoptedDate: true, versionDate: true });
const TITLE_MAX = 500;

/**
 * Migration 0003: the cover's name and status line become fields of their own, and each milestone keeps its time as
 * text. Each gets the text the document showed until now, so opening an older plan changes nothing anyone sees.
 * A row that is not a valid frame is left alone: the open check after the migration refuses the file anyway.
 */
function fillWrittenTexts(db: Database): void {
  let malform: Malform = 'nb';
  const frames = db.prepare('SELECT * FROM plan ORDER BY tombstone, id').all() as Array<Record<string, unknown>>;
  const setFrame = db.prepare('UPDATE plan SET title = ?, statusLine = ? WHERE id = ?');
  for (const [i, row] of frames.entries()) {
    const facts = FrameFacts.safeParse(row);
    if (!facts.success) continue;
    if (i === 0) malform = facts.data.malform;
    const written = withWrittenCoverTexts(facts.data);
    setFrame.run(written.title.length <= TITLE_MAX ? written.title : facts.data.title, written.statusLine, row.id);
  }
  const setTime = db.prepare('UPDATE milestones SET time = ? WHERE id = ?');
  for (const m of db.prepare('SELECT id, "from", "to" FROM milestones').all() as Array<{ id: string; from: unknown; to: unknown }>) {
    const from = typeof m.from === 'string' ? m.from : null;
    const to = typeof m.to === 'string' ? m.to : null;
    try {
      setTime.run(formatPeriod(from, to, malform), m.id);
    } catch {
      // A stored time that is not a month or a date: the open check refuses it after the migration.
    }
  }
}
