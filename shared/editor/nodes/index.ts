// Planverk's own nodes for chapter bodies, one per file; planExtensions() puts them in the schema.
import { Caption } from './caption';
import { Footnote } from './footnote';
import { ParagraphBreakAttribute } from './paragraphBreak';

export { Caption, CAPTIONED_TYPES } from './caption';
export { Footnote, FOOTNOTE } from './footnote';
export { PlanImage, ASSET_SRC_PREFIX } from './image';
export { LiveBlock, LIVE_BLOCK } from './liveBlock';
export { PARAGRAPH_BREAK, paragraphBreakOf, withoutNullBreaks, type ParagraphBreak } from './paragraphBreak';
export { LIVE_BLOCK_KINDS, type LiveBlockKind } from './liveBlockKinds';

/** The extensions of this folder that planExtensions() adds after StarterKit, tables, image and live block. */
export function planNodeExtensions() {
  return [Footnote, Caption, ParagraphBreakAttribute];
}
