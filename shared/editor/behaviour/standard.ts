// Behaviour of the nodes and marks Planverk takes from StarterKit and TableKit (their code is not ours to add to).
import type { NodeBehaviour } from './types';

const LINE: NodeBehaviour['search'] = { endsLine: true };

export const STANDARD_BEHAVIOURS: readonly NodeBehaviour[] = [
  { name: 'doc' },
  { name: 'text' },
  { name: 'paragraph', search: LINE },
  { name: 'heading', search: LINE },
  { name: 'blockquote', search: LINE },
  { name: 'codeBlock', search: LINE },
  { name: 'hardBreak', search: LINE },
  { name: 'horizontalRule' },
  { name: 'bulletList' },
  { name: 'orderedList', pasteAttrs: ['start'] },
  { name: 'listItem', search: LINE },
  { name: 'tableRow' },
  { name: 'tableCell', search: LINE, pasteAttrs: ['colspan', 'rowspan', 'colwidth'] },
  { name: 'tableHeader', search: LINE, pasteAttrs: ['colspan', 'rowspan', 'colwidth'] },
  { name: 'link', pasteAttrs: ['href', 'title'] },
  { name: 'bold' },
  { name: 'italic' },
  { name: 'underline' },
  { name: 'strike' },
  { name: 'code' },
];
