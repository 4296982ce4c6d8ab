// The editor's look: footnote numbers by CSS counter (no JS renumbering), figures, live blocks, focus mode.
import { makeStaticStyles } from '@fluentui/react-components';
import { AUTHOR_COLOURS, authorColourClass } from './suggestionMarks';

/** Top-level blocks drawn lazily (text blocks and lists; tables, figures and live blocks are few and drawn at once). */
const LAZY_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote';

export const useEditorStyles = makeStaticStyles({
  '.plan-editor .ProseMirror': { counterReset: 'plan-footnote', outline: 'none', minHeight: '12rem', padding: '0.75rem 1rem', lineHeight: '1.5' },
  // A long chapter's blocks off screen are neither styled, laid out nor painted until they are scrolled near (the
  // browser keeps them in find, selection and the accessibility tree; `auto` remembers a block's height once drawn):
  // a 300-page chapter's first paint lays out one screen, not 2,400 paragraphs (bench suggestEditor). A block holding
  // a footnote is left out: the containment would scope the footnote counter to that block and restart its numbers.
  [`.plan-editor .ProseMirror > :is(${LAZY_BLOCKS}):not(:has(sup.plan-footnote))`]: { contentVisibility: 'auto', containIntrinsicBlockSize: 'auto 4.5em' },
  '.plan-editor .ProseMirror:focus-visible': { outline: '2px solid #0f6cbd', outlineOffset: '2px' },
  '.plan-editor sup.plan-footnote': { cursor: 'help', color: '#0f6cbd' },
  '.plan-editor sup.plan-footnote::after': { counterIncrement: 'plan-footnote', content: 'counter(plan-footnote)' },
  '.plan-editor .ProseMirror-selectednode': { outline: '2px solid #0f6cbd' },
  '.plan-editor figure.plan-figure': { margin: '1rem 0' },
  '.plan-editor figure.plan-figure img': { maxWidth: '100%' },
  '.plan-editor figure.plan-figure img:not([src])': { display: 'inline-block', minWidth: '8rem', minHeight: '4rem', border: '1px dashed #616161' },
  '.plan-editor figcaption': { fontStyle: 'italic' },
  '.plan-editor table': { borderCollapse: 'collapse', margin: '1rem 0' },
  '.plan-editor th, .plan-editor td': { border: '1px solid #8a8a8a', padding: '0.25rem 0.5rem', verticalAlign: 'top' },
  '.plan-editor th': { background: '#f0f0f0' },
  '.plan-editor table[data-caption]::before': { content: 'attr(data-caption)', display: 'block', fontStyle: 'italic' },
  '.plan-editor .plan-live-block': { border: '1px solid #0f6cbd', background: '#ebf3fc', padding: '0.75rem', margin: '1rem 0', borderRadius: '4px' },
  // Spell-check underlines: renderer/editor/spell/SpellMenu.tsx (also the matrix's fields and the tables' cells).
  // Klarspråk hints (a chapter's setting): a pale yellow mark with a line under it, its title saying why.
  '.plan-editor .plan-klarsprak-hint': { backgroundColor: '#fff4ce', boxShadow: 'inset 0 -2px 0 #8f6f00' },
  '.plan-editor blockquote': { borderLeft: '3px solid #8a8a8a', margin: '1rem 0', paddingLeft: '1rem' },
  // The toolbar takes the row's width and no more: what does not fit goes into its overflow menu (Fluent's Overflow).
  '.plan-editor-toolbar-row': { display: 'flex', alignItems: 'center', gap: '8px', minWidth: 0 },
  '.plan-editor-toolbar': { flex: '1 1 auto', minWidth: 0, overflow: 'hidden', flexWrap: 'nowrap' },
  '.plan-editor-toolbar .plan-editor-tool': { minWidth: 'auto', flexShrink: 0, whiteSpace: 'nowrap', paddingLeft: '6px', paddingRight: '6px' },
  '.plan-editor-toolbar .fui-Divider': { paddingLeft: '4px', paddingRight: '4px', flexGrow: 0 },
  '.plan-editor-words': { flexShrink: 0, whiteSpace: 'nowrap', color: '#424242', fontSize: '0.85rem' },
  // Suggestions: the author's colour (a class per colour) plus a sign that is not colour (underline / strike-through).
  ...Object.fromEntries(AUTHOR_COLOURS.map((colour, i) => [`.plan-editor .plan-suggestion.${authorColourClass(i)}`, { color: colour }])),
  '.plan-editor-body': { display: 'flex', alignItems: 'flex-start', gap: '0.5rem' },
  '.plan-editor-body .plan-editor-content': { flex: '1 1 auto', minWidth: 0 },
  '.plan-editor ins.plan-suggestion': { textDecoration: 'underline', textDecorationThickness: '2px', background: '#f3f9ee' },
  '.plan-editor del.plan-suggestion': { textDecoration: 'line-through', textDecorationThickness: '2px', background: '#fdf3f4' },
  // A suggested paragraph break (paragraphBreakMarks.ts): its ¶ underlined when proposed, struck when its removal is.
  '.plan-editor .plan-paragraph-break': { fontWeight: 'bold', marginLeft: '0.1em', userSelect: 'none' },
  '.plan-editor .plan-paragraph-break-insertion': { textDecoration: 'underline', textDecorationThickness: '2px', background: '#f3f9ee' },
  '.plan-editor .plan-paragraph-break-deletion': { textDecoration: 'line-through', textDecorationThickness: '2px', background: '#fdf3f4' },
  '.plan-editor.plan-editor-focus': { maxWidth: '42rem', margin: '0 auto' },
  '.plan-editor.plan-editor-focus .ProseMirror': { fontSize: '1.1rem' },
});
