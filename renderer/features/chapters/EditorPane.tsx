// The editor pane: the selected chapter's Yjs state from chapter.state in a ChapterEditor, its batched updates sent
// through chapter.appendUpdate, images stored with asset.add, live blocks drawn from the open plan.
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Asset, Chapter } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { ChapterEditor } from '../../editor/ChapterEditor';
import type { RenderLiveBlock } from '../../editor/editorExtensions';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useChaptersView } from './chaptersSlice';
import { noteChapterBody, queueChapterUpdate, registerEditorFlush, settleEditor } from './editorSync';
import { imageFileToAsset } from './imageFile';
import { LiveBlockContent } from './LiveBlockContent';

const useStyles = makeStyles({
  pane: { minWidth: 0 },
  loading: { padding: tokens.spacingVerticalL },
});

type Loaded = { chapterId: string; stateBase64: string };

const NO_GROUPS: readonly { id: string; name: string }[] = [];
const renderLiveBlock: RenderLiveBlock = (kind, groupId) => <LiveBlockContent kind={kind} groupId={groupId} />;

/** The data: URL an asset's image is shown from; SVG is never shown (it can carry script). */
export function assetUrl(assets: readonly Asset[] | undefined, id: string): string | null {
  const asset = assets?.find((a) => a.id === id);
  if (!asset || !asset.dataBase64 || !asset.mime.startsWith('image/') || asset.mime === 'image/svg+xml') return null;
  return `data:${asset.mime};base64,${asset.dataBase64}`;
}

export function EditorPane({ chapter, onWordCount }: { chapter: Chapter; onWordCount?: (words: number) => void }) {
  const styles = useStyles();
  const t = useT();
  const reloadToken = useChaptersView((s) => s.reloadToken);
  const groups = usePlanStore((s) => s.plan?.groups ?? NO_GROUPS);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const chapterId = chapter.id;

  useEffect(() => {
    let alive = true;
    // What the previous editor still holds reaches the file before this chapter's state is read.
    void settleEditor()
      .then(() => api.call('chapter.state', { chapterId }))
      .then((result) => {
        if (!alive) return;
        if (result.ok) setLoaded({ chapterId, stateBase64: result.value.stateBase64 });
        else usePlanStore.getState().showError(result.error);
      });
    return () => {
      alive = false;
    };
  }, [chapterId, reloadToken]);

  useScrollToHit(loaded?.chapterId ?? null);

  const onUpdate = useCallback((u: string) => queueChapterUpdate(chapterId, u), [chapterId]);
  const onBody = useCallback((body: Chapter['body']) => noteChapterBody(chapterId, body), [chapterId]);
  const resolveAsset = useCallback((id: string) => assetUrl(usePlanStore.getState().plan?.assets, id), []);
  const onAddImage = useCallback(async (file: File, text: { alt: string; decorative: boolean }) => {
    const args = await imageFileToAsset(file, text);
    const result = await api.call('asset.add', args);
    if (!result.ok) throw new Error(result.error.message);
    // The cache gets the asset before the image node is drawn, so the editor can show it at once.
    const plan = usePlanStore.getState().plan;
    if (plan && !plan.assets.some((a) => a.id === result.value.id)) {
      const asset: Asset = { id: result.value.id, mime: args.mime, name: args.name, alt: args.alt, decorative: args.decorative, dataBase64: args.dataBase64 };
      usePlanStore.setState({ plan: { ...plan, assets: [...plan.assets, asset] } });
    }
    return result.value.id;
  }, []);
  const editorGroups = useMemo(() => groups.map((g) => ({ id: g.id, name: g.name })), [groups]);

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
        onBody={onBody}
        onAddImage={onAddImage}
        resolveAsset={resolveAsset}
        groups={editorGroups}
        onWordCount={onWordCount}
        renderLiveBlock={renderLiveBlock}
        registerFlush={registerEditorFlush}
      />
    </div>
  );
}

/** After a search hit opened this chapter: scroll its block into view and put the cursor there. */
function useScrollToHit(shownId: string | null) {
  const target = useChaptersView((s) => s.scrollTo);
  useEffect(() => {
    if (!target || target.chapterId !== shownId) return;
    const frame = requestAnimationFrame(() => {
      const root = document.querySelector<HTMLElement>(`.plan-editor[data-chapter-id="${CSS.escape(target.chapterId)}"] .ProseMirror`);
      const block = root?.children[target.block] as HTMLElement | undefined;
      (block ?? root)?.scrollIntoView({ block: 'center' });
      root?.focus({ preventScroll: true });
      useChaptersView.getState().clearScroll();
    });
    return () => cancelAnimationFrame(frame);
  }, [target, shownId]);
}
