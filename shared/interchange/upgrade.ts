// Older plan documents read by this build: each version's additions filled the way that version's documents looked,
// so a plan exported before and imported now exports the same document (docs/plan-format.md, «Versioning policy»).
import { formatPeriod } from '../format/norwegian';
import { PlanFrame, type Malform } from '../domain/plan';
import { withWrittenCoverTexts } from '../document/frameTexts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FrameFacts = PlanFrame.pick({ title: true, planType: true, periodFrom: true, periodTo: true, malform: true, phase: true, hearingStart: true, adoptedDate: true, versionDate: true });

/**
 * Version 1 → 2: the cover's name and status line and each milestone's time became texts of their own. A value that
 * does not parse is left for the schema check to name (with its path); the new fields then get empty texts.
 */
export function upgradeFromVersion1(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw, formatVersion: 2 };
  let malform: Malform = 'nb';
  if (isObject(raw.plan) && !('statusLine' in raw.plan)) {
    const facts = FrameFacts.safeParse(raw.plan);
    if (facts.success) malform = facts.data.malform;
    out.plan = facts.success ? { ...raw.plan, ...withWrittenCoverTexts(facts.data) } : { ...raw.plan, statusLine: '' };
  }
  if (Array.isArray(raw.milestones)) out.milestones = raw.milestones.map((m: unknown) => (isObject(m) && !('time' in m) ? { ...m, time: writtenTime(m, malform) } : m));
  return out;
}

function writtenTime(m: Record<string, unknown>, malform: Malform): string {
  const at = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v) ? v : null);
  return formatPeriod(at(m.from), at(m.to), malform);
}
