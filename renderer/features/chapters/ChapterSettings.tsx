// Buttons that change the tree (add, move, indent, delete, undo) and the selected chapter's settings: title, status,
// responsible group (the matrix's groups) and whether it is numbered.
import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { randomId } from '../../../shared/domain/ids';
import { ChapterStatus, type Chapter } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { lix, lixLevel } from '../../../shared/spell/klarsprak';
import { textBlocks } from '../../../shared/spell/planSpell';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { redo, undo } from '../../commands/commandBus';
import { ChapterLanguage } from './ChapterLanguage';
import { commitChapterChanges } from './chapterCommit';
import { useChaptersView } from './chaptersSlice';
import { ChapterWho } from './ChapterWho';
import { addChapter, deleteChapter, indentChapter, moveChapter, outdentChapter, updateChapter } from './treeEdits';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px', margin: '8px 0' },
  settings: { display: 'flex', flexDirection: 'column', gap: '8px', marginTop: '12px', paddingTop: '8px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
});

export function TreeActions({ selected }: { selected: Chapter | null }) {
  const styles = useStyles();
  const t = useT();
  const select = useChaptersView((s) => s.select);
  const chapters = () => usePlanStore.getState().plan?.chapters ?? [];

  const add = (kind: Chapter['kind'], under: boolean) => {
    const parentId = under ? (selected?.id ?? null) : kind === 'part' ? null : (selected?.parentId ?? null);
    const afterId = under ? null : selected && (kind === 'chapter' || selected.parentId === null) ? selected.id : null;
    const title = kind === 'part' ? t('chapters.newPartTitle') : t('chapters.newChapterTitle');
    const { row, changes } = addChapter(chapters(), { id: randomId(), kind, title, parentId, afterId });
    commitChapterChanges(changes, [row]);
    select(row.id);
  };
  const run = (changes: ReturnType<typeof moveChapter>) => commitChapterChanges(changes);

  return (
    <div className={styles.actions}>
      <Button size="small" onClick={() => add('chapter', false)}>
        {t('chapters.addChapter')}
      </Button>
      <Button size="small" disabled={!selected} onClick={() => add('chapter', true)}>
        {t('chapters.addSubChapter')}
      </Button>
      <Button size="small" onClick={() => add('part', false)}>
        {t('chapters.addPart')}
      </Button>
      <Button size="small" disabled={!selected} onClick={() => selected && run(moveChapter(chapters(), selected.id, -1))}>
        {t('chapters.moveUp')}
      </Button>
      <Button size="small" disabled={!selected} onClick={() => selected && run(moveChapter(chapters(), selected.id, 1))}>
        {t('chapters.moveDown')}
      </Button>
      <Button size="small" disabled={!selected || selected.kind === 'part'} onClick={() => selected && run(indentChapter(chapters(), selected.id))}>
        {t('chapters.indent')}
      </Button>
      <Button size="small" disabled={!selected?.parentId} onClick={() => selected && run(outdentChapter(chapters(), selected.id))}>
        {t('chapters.outdent')}
      </Button>
      <Button size="small" onClick={() => void undo()}>
        {t('chapters.undo')}
      </Button>
      <Button size="small" onClick={() => void redo()}>
        {t('chapters.redo')}
      </Button>
    </div>
  );
}

export function ChapterSettings({ chapter }: { chapter: Chapter }) {
  const styles = useStyles();
  const t = useT();
  const groups = usePlanStore((s) => s.plan?.groups ?? []);
  const announce = useChaptersView((s) => s.announce);
  const select = useChaptersView((s) => s.select);
  const set = (patch: Parameters<typeof updateChapter>[1]) => commitChapterChanges(updateChapter(chapter, patch));
  const remove = () => {
    const all = usePlanStore.getState().plan?.chapters ?? [];
    if (!commitChapterChanges(deleteChapter(all, chapter.id))) return;
    announce(t('chapters.deleted', { title: chapter.title }));
    const next = usePlanStore.getState().plan?.chapters[0];
    if (next) select(next.id);
  };
  return (
    <section className={styles.settings} aria-labelledby="chapter-settings-heading">
      <h2 id="chapter-settings-heading" className={styles.heading}>
        {t('chapters.settings')}
      </h2>
      <ChapterWho chapter={chapter} />
      <TitleField key={chapter.id + chapter.title} chapter={chapter} onCommit={(title) => set({ title })} />
      <Field label={t('chapters.status')}>
        <Select value={chapter.status} onChange={(_e, d) => set({ status: ChapterStatus.parse(d.value) })}>
          {ChapterStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`chapters.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('chapters.group')}>
        <Select value={chapter.groupId ?? ''} onChange={(_e, d) => set({ groupId: d.value || null })}>
          <option value="">{t('chapters.noGroup')}</option>
          {sortRows(groups).map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </Select>
      </Field>
      <ChapterLanguage chapter={chapter} />
      <Readability body={chapter.body} />
      {chapter.kind === 'chapter' && (
        <Checkbox label={t('chapters.numbered')} checked={chapter.numbered} onChange={(_e, d) => set({ numbered: d.checked === true })} />
      )}
      <div>
        <Button size="small" onClick={remove}>
          {t('chapters.delete')}
        </Button>
      </div>
    </section>
  );
}

function TitleField({ chapter, onCommit }: { chapter: Chapter; onCommit: (title: string) => void }) {
  const t = useT();
  const [value, setValue] = useState(chapter.title);
  const commit = () => value.trim() && value.trim() !== chapter.title && onCommit(value.trim());
  return (
    <Field label={t('chapters.title')}>
      <Input value={value} onChange={(_e, d) => setValue(d.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </Field>
  );
}

/** The chapter's LIX (klarspråk): recomputed when the stored body changes, i.e. when typing pauses. */
function Readability({ body }: { body: Chapter['body'] }) {
  const t = useT();
  const value = useMemo(() => lix(textBlocks(body)), [body]);
  return (
    <p data-testid="chapter-lix">{value === null ? t('spell.lix.none') : t('spell.lix', { lix: value, level: t(`spell.lix.${lixLevel(value)}`) })}</p>
  );
}
