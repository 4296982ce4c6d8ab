// @vitest-environment happy-dom
// The merge preview of a copy whose only news is versions (issue 16), as the merge page draws it in each UI language:
// it says the plan itself does not change and names each version (new, or deleted in the copy), with no table of zeros;
// with other news too, the versions are listed beside the counts.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { MergeSummary } from '../../../../shared/api/calls/merge';
import { TABLE_NAMES } from '../../../../shared/domain/plan';
import type { UiLanguage } from '../../../../shared/i18n';
import { useLanguageStore } from '../../../../renderer/app/i18n';
import { MergeCountsTable } from '../../../../renderer/features/merge/MergePreviewView';

const zero = () => Object.fromEntries(TABLE_NAMES.map((t) => [t, { added: 0, changed: 0, deleted: 0 }])) as MergeSummary['counts'];
const summary = (over: Partial<MergeSummary> = {}): MergeSummary => ({
  counts: zero(),
  review: [],
  chapters: [],
  conflicts: [],
  repairs: [],
  deletedEdits: [],
  offeredText: [],
  doubledText: [],
  versions: [
    { name: 'Vedtatt i gruppen', change: 'new' },
    { name: 'Gammelt utkast', change: 'deleted' },
  ],
  nothingNew: false,
  clock: null,
  ...over,
});

function drawn(language: UiLanguage, s: MergeSummary): string {
  useLanguageStore.setState({ language });
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(createElement(MergeCountsTable, { summary: s })));
  const html = host.innerHTML;
  root.unmount();
  return html.replace(/<[^>]+>/g, '\n').replace(/\n+/g, '\n').trim();
}

describe('merge preview: a copy that brings only versions', () => {
  it.each([
    ['nb', 'Kopien endrer ikke selve planen, bare listen over versjoner:\nNy versjon: «Vedtatt i gruppen»\nVersjon slettet i kopien: «Gammelt utkast»'],
    ['nn', 'Kopien endrar ikkje sjølve planen, berre lista over versjonar:\nNy versjon: «Vedtatt i gruppen»\nVersjon sletta i kopien: «Gammelt utkast»'],
    ['en', 'The copy changes nothing in the plan itself, only its list of versions:\nNew version: “Vedtatt i gruppen”\nVersion deleted in the copy: “Gammelt utkast”'],
  ] as const)('says so and names each version in %s, with no table of zeros', (language, text) => {
    expect(drawn(language, summary())).toBe(text);
  });

  it('with rows from the copy too, lists the versions above the counts', () => {
    const counts = zero();
    counts.measures = { added: 1, changed: 0, deleted: 0 };
    const html = drawn('nb', summary({ counts, versions: [{ name: 'Vedtatt i gruppen', change: 'new' }] }));
    expect(html).toMatch(/^Versjoner fra kopien:\nNy versjon: «Vedtatt i gruppen»\nRader som kommer fra kopien/);
  });
});
