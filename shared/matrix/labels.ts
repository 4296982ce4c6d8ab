// How groups are named in tables and messages: "Arbeidsgruppe 2: Hjemmetjenester og koordinering".
import type { Group, Malform } from '../domain/plan';

/** Column header / short name of a group. The project group (no number) is named by its own name. */
export function groupLabel(group: Pick<Group, 'kind' | 'number' | 'name'>): string {
  if (group.kind === 'prosjektgruppe' || group.number === null) return group.name;
  return `Arbeidsgruppe ${group.number}: ${group.name}`;
}

/** Heading of a group's Tabell 3: "Arbeidsgruppe 2: Hjemmetjenester og koordinering. Leder Enhetsleder hjemmetjenester". */
export function groupHeading(group: Pick<Group, 'kind' | 'number' | 'name' | 'leader'>, malform: Malform = 'nb'): string {
  const leader = group.leader.trim();
  if (!leader) return groupLabel(group);
  return `${groupLabel(group)}. ${malform === 'nn' ? 'Leiar' : 'Leder'} ${leader}`;
}
