// Which målform the matrix legend's default texts are shown in: the UI's own (bokmål or nynorsk) where it has one,
// the plan's in the English UI (the legend is plan text there, as in the document).
import type { Malform } from '../../../shared/domain/plan';
import type { UiLanguage } from '../../../shared/i18n';

export function legendMalform(language: UiLanguage, planMalform: Malform): Malform {
  return language === 'nb' || language === 'nn' ? language : planMalform;
}
