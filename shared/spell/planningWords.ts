// Words of planning documents the Norwegian dictionaries lack («handlingsdel», «omsynssone», «Statsforvaltaren»).
// Each is added to Hunspell with the inflection and compounding of a model word it ends in, so «handlingsdelen»,
// «omsynssonene» and «kystlyngheia» are known too. Reviewed by hand: add a word only with a model of the same gender.
import type { SpellLanguage } from './speller';

/** [word, model]: the word inflects like the model; without a model it is one form only. */
export type PlanningWord = readonly [word: string, model?: string];

const COMMON: PlanningWord[] = [
  ['handlingsdel', 'del'],
  ['samfunnsdel', 'del'],
  ['arealdel', 'del'],
  ['ladepunkt', 'punkt'],
  ['kollektivknutepunkt', 'punkt'],
  ['hundremetersbelte', 'belte'],
  ['kystlynghei', 'hei'],
  ['planprogram', 'program'],
  ['velferdsteknologi', 'teknologi'],
  ['meldingsutveksling', 'utveksling'],
];

export const PLANNING_WORDS: Readonly<Record<SpellLanguage, readonly PlanningWord[]>> = {
  nb: [
    ...COMMON,
    ['merknadsbehandling', 'behandling'],
    ['hensynssone', 'sone'],
    ['statsforvalter', 'forvalter'],
    ['naturmangfold', 'mangfold'],
    ['lavlandsmyr', 'myr'],
    ['utfordringsbilde', 'bilde'],
    // The dictionary has «tema» and «temaer» but not the definite plural every plan uses.
    ['temaene'],
  ],
  nn: [
    ...COMMON,
    ['merknadshandsaming', 'sakshandsaming'],
    ['omsynssone', 'sone'],
    ['statsforvaltar', 'forvaltar'],
    ['naturmangfald', 'mangfald'],
    ['naturmangfaldlov', 'lov'],
    ['låglandsmyr', 'myr'],
    ['planomtale', 'omtale'],
    ['utfordringsbilete', 'bilete'],
  ],
};
