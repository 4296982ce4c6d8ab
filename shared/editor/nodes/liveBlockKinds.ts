// The kinds of live block a chapter may embed; the document builder and the editor's insert menu both read this list.
export const LIVE_BLOCK_KINDS = [
  'matrix-overview',
  'matrix-all',
  'matrix-group',
  'milestones',
  'organisation',
  'laws',
  'documents',
  'measures',
  'merknadsbehandling',
  'project-description',
  'focus-areas',
  'hearing',
  'hearing-changes',
] as const;
export type LiveBlockKind = (typeof LIVE_BLOCK_KINDS)[number];
