// How groups are named in tables and messages: "Arbeidsgruppe 2: Hjemmetjenester og koordinering".
import type { Group, Malform } from '../domain/plan';
import { wordsFor } from '../document/words';

/** Column header / short name of a group. The project group (no number) is named by its own name. */
export function groupLabel(group: Pick<Group, 'kind' | 'number' | 'name'>): string {
  if (group.kind === 'prosjektgruppe' || group.number === null) return group.name;
  return `Arbeidsgruppe ${group.number}: ${group.name}`;
}

/** Heading of a group's Tabell 3: "Arbeidsgruppe 2: Hjemmetjenester og koordinering. Leder Kari Nordmann". */
export function groupHeading(group: Pick<Group, 'kind' | 'number' | 'name' | 'leader'>, malform: Malform = 'nb'): string {
  return withLeader(groupLabel(group), group.leader, malform);
}

/** A first word that is itself a leader's title ("Leder", "Enhetsleder", "Avdelingsleiar", "Kultursjef"). */
const LEADER_TITLE = /^\p{L}*(leder|leiar|sjef)(?![\p{L}])/iu;

/**
 * "<label>. Leder <leader>" (nynorsk "Leiar"); a leader written as a title that already says so ("Leder helsestasjon",
 * "Enhetsleder hjemmetjenester") stands alone, so a heading never reads «Leder Leder …».
 */
export function withLeader(label: string, leader: string, malform: Malform): string {
  const who = leader.trim();
  if (!who) return label;
  return LEADER_TITLE.test(who) ? `${label}. ${who}` : `${label}. ${wordsFor(malform).leader} ${who}`;
}
