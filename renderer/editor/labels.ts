// The editor's words in the UI language: button names for screen readers, dialog texts and live block names, read
// from the dictionaries (shared/i18n/editorMessages.ts). Built once per language and shared by the editor's parts.
import { useLanguageStore } from '../app/i18n';
import { translate, type UiLanguage } from '../../shared/i18n';
import { LIVE_BLOCK_KINDS, type LiveBlockKind } from '../../shared/editor/nodes';
import type { KlarsprakHint } from '../../shared/spell/klarsprak';

const LOCALES: Record<UiLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function buildLabels(lang: UiLanguage) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  const dayFormat = new Intl.DateTimeFormat(LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric' });
  // One formatter per language: toLocaleDateString builds a new one per call, which cost 2 s (cold) when a chapter
  // with 500 suggestions opened and every mark asked for its title (bench suggestEditor).
  const day = (iso: string | null) => (iso ? dayFormat.format(new Date(iso)) : '');
  return {
    toolbar: t('editor.toolbar'),
    moreTools: t('editor.moreTools'),
    heading: (level: number) => t('editor.heading', { level }),
    paragraph: t('editor.paragraph'),
    bold: t('editor.bold'),
    boldShort: t('editor.boldShort'),
    italic: t('editor.italic'),
    italicShort: t('editor.italicShort'),
    underline: t('editor.underline'),
    bulletList: t('editor.bulletList'),
    orderedList: t('editor.orderedList'),
    blockquote: t('editor.blockquote'),
    link: t('editor.link'),
    linkShort: t('editor.linkShort'),
    removeLink: t('editor.removeLink'),
    table: t('editor.table'),
    tableShort: t('editor.tableShort'),
    image: t('editor.image'),
    imageShort: t('editor.imageShort'),
    footnote: t('editor.footnote'),
    caption: t('editor.caption'),
    captionShort: t('editor.captionShort'),
    liveBlock: t('editor.liveBlock'),
    liveBlockShort: t('editor.liveBlockShort'),
    undo: t('editor.undo'),
    redo: t('editor.redo'),
    focusOn: t('editor.focusOn'),
    focusOff: t('editor.focusOff'),
    editorArea: (title: string) => t('editor.area', { title }),
    words: (n: number) => t('editor.words', { count: n.toLocaleString(LOCALES[lang]) }),
    ok: t('editor.ok'),
    cancel: t('editor.cancel'),
    linkPrompt: t('editor.linkPrompt'),
    linkInvalid: t('editor.linkInvalid'),
    footnotePrompt: t('editor.footnotePrompt'),
    captionPrompt: t('editor.captionPrompt'),
    imageTitle: t('editor.imageTitle'),
    altPrompt: t('editor.altPrompt'),
    decorative: t('editor.decorative'),
    altRequired: t('editor.altRequired'),
    imageFailed: t('editor.imageFailed'),
    missingImage: t('editor.missingImage'),
    liveBlockPlaceholder: t('editor.liveBlockPlaceholder'),
    suggestMode: t('suggest.mode'),
    suggestModeOn: t('suggest.modeOn'),
    suggestModeShort: t('suggest.modeShort'),
    suggestTitles: {
      insertion: (author: string, date: string) => t('suggest.insertionTitle', { author, date }),
      deletion: (author: string, date: string) => t('suggest.deletionTitle', { author, date }),
      date: day,
    },
    breakTitles: {
      insertion: (author: string, date: string) => t('suggest.breakInsertionTitle', { author, date }),
      deletion: (author: string, date: string) => t('suggest.breakDeletionTitle', { author, date }),
      date: day,
    },
    otherLanguage: (malform: 'nb' | 'nn') => t('spell.otherLanguage', { malform: t(malform === 'nn' ? 'spell.malform.nn' : 'spell.malform.nb') }),
    otherLanguageShort: t('spell.otherLanguageShort'),
    otherLanguageOff: t('spell.otherLanguageOff'),
    klarsprak: (hint: KlarsprakHint): string =>
      hint.kind === 'longSentence'
        ? t('spell.klarsprak.longSentence', { words: hint.words })
        : hint.kind === 'longWord'
          ? t('spell.klarsprak.longWord', { letters: hint.word.replace(/-/g, '').length })
          : t('spell.klarsprak.passives', { count: hint.count }),
    liveBlocks: Object.fromEntries(LIVE_BLOCK_KINDS.map((k) => [k, t(`editor.live.${k}`)])) as Record<LiveBlockKind, string>,
  };
}

export type EditorLabels = ReturnType<typeof buildLabels>;

const cache = new Map<UiLanguage, EditorLabels>();

export function editorLabels(lang: UiLanguage = useLanguageStore.getState().language): EditorLabels {
  let labels = cache.get(lang);
  if (!labels) cache.set(lang, (labels = buildLabels(lang)));
  return labels;
}

/** The labels in the current UI language (re-renders when the user picks another). */
export function useEditorLabels(): EditorLabels {
  return editorLabels(useLanguageStore((s) => s.language));
}
