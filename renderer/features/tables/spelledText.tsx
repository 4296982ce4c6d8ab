// A table cell's saved text with its flagged words underlined: the same classes as the editor's decorations, each
// word's index kept so the context menu knows which finding was clicked (cellSpelling.tsx).
import type { ReactNode } from 'react';
import { SPELL_ERROR_CLASS, SPELL_MALFORM_CLASS } from '../../../shared/editor/spellDecorations';
import type { SpellFinding } from '../../../shared/spell/checkText';

/** A cell's text with its flagged words underlined (the same classes as the editor's decorations). */
export function SpelledText({ text, findings }: { text: string; findings: readonly SpellFinding[] }): ReactNode {
  if (!findings.length) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    parts.push(text.slice(at, f.from));
    const className = f.kind === 'malform' ? `${SPELL_ERROR_CLASS} ${SPELL_MALFORM_CLASS}` : SPELL_ERROR_CLASS;
    parts.push(
      <span key={i} className={className} data-spell-index={i} data-spell-word={f.word}>
        {text.slice(f.from, f.to)}
      </span>,
    );
    at = f.to;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
