// Spell checking in Norwegian where the platform's checker has it (Windows and Linux; macOS picks its own language).
import type { Session } from 'electron';

export function useNorwegianSpelling(session: Pick<Session, 'availableSpellCheckerLanguages' | 'setSpellCheckerLanguages'>): string[] {
  const wanted = ['nb', 'nn', 'nb-NO', 'nn-NO'].filter((code) => session.availableSpellCheckerLanguages.includes(code));
  if (wanted.length > 0) session.setSpellCheckerLanguages(wanted);
  return wanted;
}
