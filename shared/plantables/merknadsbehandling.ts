// The merknadsbehandling as plain data: one row per input with its sender, summary, assessment and conclusion,
// headed in the plan's målform. The document builder renders it; the UI shows it live.
import type { HearingInput, Malform, PlanData } from '../domain/plan';
import { wordsFor } from '../document/words';
import { formatDate } from '../format/norwegian';
import { hearingDeadline, hearingProgress, isLate, orderInputs, type HearingProgress } from './hearing';
import { conclusionLabel, merknadsHeaders, senderTypeLabel, type MerknadsHeaders } from './labels';

export type MerknadsRow = {
  id: string;
  sender: string;
  senderType: HearingInput['senderType'];
  senderTypeLabel: string;
  /** ISO date, and the same as dd.mm.åååå for display ('' when unknown). */
  receivedDate: string | null;
  receivedText: string;
  late: boolean;
  /** The attached letter's file name, when one is stored in the plan. */
  attachmentName: string | null;
  summary: string;
  assessment: string;
  conclusion: HearingInput['conclusion'];
  conclusionLabel: string;
};

export type Merknadsbehandling = {
  malform: Malform;
  title: string;
  headers: MerknadsHeaders;
  /** The deadline as dd.mm.åååå, or null when the hearing period is not set. */
  deadlineText: string | null;
  lateLabel: string;
  /** "Vedlegg" in the plan's målform, for the line under the sender. */
  attachmentLabel: string;
  progress: HearingProgress;
  rows: MerknadsRow[];
};


/** Only the assets' names are read, so the renderer's metadata-only assets (PlanView) fit as well as PlanData's. */
export function buildMerknadsbehandling(plan: Pick<PlanData, 'plan' | 'inputs'> & { assets?: readonly { id: string; name: string }[] }): Merknadsbehandling {
  const assetNames = new Map((plan.assets ?? []).map((a) => [a.id, a.name]));
  const frame = plan.plan;
  const malform = frame.malform;
  const deadline = hearingDeadline(frame);
  const w = wordsFor(malform);
  return {
    malform,
    title: w.merknadsbehandling,
    headers: merknadsHeaders(malform),
    deadlineText: deadline ? formatDate(deadline) : null,
    lateLabel: w.lateInput,
    attachmentLabel: w.attachment,
    progress: hearingProgress(plan.inputs, malform),
    rows: orderInputs(plan.inputs).map((i) => ({
      id: i.id,
      sender: i.sender,
      senderType: i.senderType,
      senderTypeLabel: senderTypeLabel(i.senderType, malform),
      receivedDate: i.receivedDate,
      receivedText: i.receivedDate ? formatDate(i.receivedDate) : '',
      late: isLate(i, frame),
      attachmentName: (i.attachmentAssetId && assetNames.get(i.attachmentAssetId)) || null,
      summary: i.summary,
      assessment: i.assessment,
      conclusion: i.conclusion,
      conclusionLabel: conclusionLabel(i.conclusion, malform),
    })),
  };
}
