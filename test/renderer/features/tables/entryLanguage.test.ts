// A refused cell or image file is said in the UI language: the date and choice cells of the Tabeller page and the image
// picker of the chapter editor read the language the user chose, bokmål unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '../../../../renderer/app/i18n';
import { imageFileToAsset } from '../../../../renderer/features/chapters/imageFile';
import { choiceColumn } from '../../../../renderer/features/tables/columns';
import { parseDayText } from '../../../../renderer/features/tables/dateText';
import { BOKMAL_ONLY, NORWEGIAN, wordsIn } from '../../../shared/i18n/uiWords';

afterEach(() => useLanguageStore.setState({ language: 'nb' }));

const choice = choiceColumn<{ id: string }>('status', 'Status', [{ value: 'planlagt', label: 'Planlagt' }], () => 'planlagt', () => ({}));
const refusals = async (): Promise<string[]> => {
  const date = parseDayText('i morgen');
  const editor = choice.editor!;
  const picked = editor.kind === 'select' ? editor.parse('kanskje', { id: 'r1' }) : null;
  const image = await imageFileToAsset(new File(['x'], 'notat.txt', { type: 'text/plain' }), { alt: '', decorative: false }).catch((e: Error) => e.message);
  return [date.ok ? '' : date.message, picked && !picked.ok ? picked.message : '', String(image)];
};
const withoutQuoted = (s: string) => s.replace(/«[^»]*»/g, ' ');

describe('entry refusals in the UI language', () => {
  it('say a date that is not a date, a choice that is not an option and a file that is not an image in bokmål, nynorsk and English', async () => {
    expect(await refusals()).toEqual([
      '«i morgen» er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 01.02.2025.',
      '«kanskje» er ikke et gyldig valg.',
      'Filtypen text/plain kan ikke brukes som bilde.',
    ]);
    useLanguageStore.setState({ language: 'nn' });
    for (const text of await refusals()) expect(wordsIn(withoutQuoted(text), BOKMAL_ONLY), text).toEqual([]);
    useLanguageStore.setState({ language: 'en' });
    for (const text of await refusals()) {
      expect(wordsIn(withoutQuoted(text), NORWEGIAN), text).toEqual([]);
      expect(withoutQuoted(text).replace('dd.mm.yyyy', ''), text).not.toMatch(/[æøåÆØÅ]/);
    }
  });
});
