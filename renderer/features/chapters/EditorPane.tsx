// The editor pane: the selected chapter's Yjs state from chapter.state in a ChapterEditor, its batched updates sent
// through chapter.appendUpdate, images through chapterImages (asset.add, bytes on demand), live blocks drawn from the open plan.
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Chapter } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { api } from '../../api/client';
import { ChapterEditor } from '../../editor/ChapterEditor';
import type { RenderLiveBlock } from '../../editor/editorExtensions';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useChaptersView } from './chaptersSlice';
import { useEditorHighlight } from './editorHighlight';
import { editorStateEpoch, noteChapterBody, noteEditorHolding, queueChapterUpdate, registerEditorFlush, settleEditor } from './editorSync';
import { useChapterImages } from './chapterImages';
import { LiveBlockContent } from './LiveBlockContent';
import { useSuggestMode, useSuggestModeOn } from '../review/suggestModeStore';
import { addPlanWord, usePlanWords } from '../spell/planWordList';
import { chapterLanguage } from '../../../shared/spell/planSpell';

const useStyles = makeStyles({
  pane: { minWidth: 0 },
  loading: { padding: tokens.spacingVerticalL },
});

/** `epoch`: editorStateEpoch() when the state was asked for; bodies of an editor older than the file's last reload are dropped. */
type Loaded = { chapterId: string; stateBase64: string; epoch: number };

const NO_GROUPS: readonly { id: string; sortKey: number; name: string }[] = [];
const renderLiveBlock: RenderLiveBlock = (kind, groupId) => <LiveBlockContent kind={kind} groupId={groupId} />;

export function EditorPane({ chapter, onWordCount }: { chapter: Chapter; onWordCount?: (words: number) => void }) {
  const styles = useStyles();
  const t = useT();
  const reloadToken = useChaptersView((s) => s.reloadToken);
  const groups = usePlanStore((s) => s.plan?.groups ?? NO_GROUPS);
  const malform = usePlanStore((s) => s.plan?.plan.malform);
  const planWords = usePlanWords();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const chapterId = chapter.id;
  const planId = usePlanStore((s) => s.plan?.plan.id ?? '');
  // A copy shared as «mottakerne foreslår endringer» starts in suggestion mode until the person switches it.
  const suggestPreset = usePlanStore((s) => s.file?.suggestPreset === true);
  const suggestOn = useSuggestModeOn(planId, suggestPreset);
  const suggestAuthor = useSuggestMode((s) => s.person);
  useEffect(() => void useSuggestMode.getState().loadPerson(), []);
  const suggest = useMemo(
    () => ({ enabled: suggestOn, author: suggestAuthor, onToggle: () => useSuggestMode.getState().setEnabled(planId, !suggestOn) }),
    [suggestOn, suggestAuthor, planId],
  );

  useEffect(() => {
    let alive = true;
    const epoch = editorStateEpoch();
    // What the previous editor still holds reaches the file before this chapter's state is read.
    void settleEditor()
      .then(() => api.call('chapter.state', { chapterId }))
      .then((result) => {
        if (!alive) return;
        if (result.ok) setLoaded({ chapterId, stateBase64: result.value.stateBase64, epoch });
        else usePlanStore.getState().showError(result.error);
      });
    return () => {
      alive = false;
    };
  }, [chapterId, reloadToken]);

  useEditorHighlight(loaded?.chapterId ?? null, loaded?.stateBase64 ?? null);

  const loadedEpoch = loaded?.epoch ?? -1;
  const onUpdate = useCallback((u: string) => queueChapterUpdate(chapterId, u), [chapterId]);
  const onBody = useCallback((body: Chapter['body']) => noteChapterBody(chapterId, body, loadedEpoch), [chapterId, loadedEpoch]);
  const { resolveAsset, addImage: onAddImage } = useChapterImages(chapterId);
  const editorGroups = useMemo(() => sortRows(groups).map((g) => ({ id: g.id, name: g.name })), [groups]);

  if (!loaded || loaded.chapterId !== chapterId) {
    return (
      <div className={styles.loading}>
        <Spinner size="tiny" label={t('chapters.loading')} />
      </div>
    );
  }
  return (
    <div className={styles.pane}>
      <ChapterEditor
        chapterId={chapterId}
        title={chapter.title}
        initialStateBase64={loaded.stateBase64}
        onUpdate={onUpdate}
        onHold={noteEditorHolding}
        onBody={onBody}
        onAddImage={onAddImage}
        resolveAsset={resolveAsset}
        groups={editorGroups}
        onWordCount={onWordCount}
        renderLiveBlock={renderLiveBlock}
        registerFlush={registerEditorFlush}
        lang={chapterLanguage(chapter, malform === 'nn' ? 'nn' : 'nb')}
        klarsprak={chapter.klarsprak === true}
        planWords={planWords}
        onAddPlanWord={addPlanWord}
        suggest={suggest}
      />
    </div>
  );
}
