// Behaviour of the nodes and marks Planverk takes from StarterKit and TableKit (their code is not ours to add to).
import {
  BLOCKQUOTE_DOCUMENT,
  BOLD_DOCUMENT,
  BULLET_LIST_DOCUMENT,
  DOC_DOCUMENT,
  HARD_BREAK_DOCUMENT,
  HEADING_DOCUMENT,
  ITALIC_DOCUMENT,
  LINK_DOCUMENT,
  NOTHING,
  ORDERED_LIST_DOCUMENT,
  PARAGRAPH_DOCUMENT,
  UNDERLINE_DOCUMENT,
} from './standardDocument';
import { isSafeHref } from '../safeHref';
import type { NodeBehaviour } from './types';

const LINE: NodeBehaviour['search'] = { endsLine: true };

/**
 * No `document`: a code block keeps its text as a paragraph, list items and rows are drawn by their list or table,
 * strike-through and inline code leave the run plain (a hearing document has no use for either).
 */
export const STANDARD_BEHAVIOURS: readonly NodeBehaviour[] = [
  { name: 'doc', document: DOC_DOCUMENT },
  { name: 'text' },
  { name: 'paragraph', search: LINE, document: PARAGRAPH_DOCUMENT },
  { name: 'heading', search: LINE, document: HEADING_DOCUMENT },
  { name: 'blockquote', search: LINE, document: BLOCKQUOTE_DOCUMENT },
  { name: 'codeBlock', search: LINE },
  { name: 'hardBreak', search: LINE, document: HARD_BREAK_DOCUMENT },
  { name: 'horizontalRule', document: NOTHING },
  { name: 'bulletList', document: BULLET_LIST_DOCUMENT },
  { name: 'orderedList', pasteAttrs: ['start'], document: ORDERED_LIST_DOCUMENT },
  { name: 'listItem', search: LINE },
  { name: 'tableRow' },
  { name: 'tableCell', search: LINE, pasteAttrs: ['colspan', 'rowspan', 'colwidth'] },
  { name: 'tableHeader', search: LINE, pasteAttrs: ['colspan', 'rowspan', 'colwidth'] },
  { name: 'link', pasteAttrs: ['href', 'title'], accepts: (attrs) => isSafeHref(attrs.href), document: LINK_DOCUMENT },
  { name: 'bold', document: BOLD_DOCUMENT },
  { name: 'italic', document: ITALIC_DOCUMENT },
  { name: 'underline', document: UNDERLINE_DOCUMENT },
  { name: 'strike' },
  { name: 'code' },
];
