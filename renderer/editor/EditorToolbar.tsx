// The chapter editor's toolbar: a Fluent UI Toolbar (role toolbar, arrow keys move between buttons), every button
// named in Norwegian for screen readers, with aria-pressed for the formatting that is on at the cursor.
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar, ToolbarButton, ToolbarDivider } from '@fluentui/react-components';
import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { LIVE_BLOCK_KINDS, type LiveBlockKind } from '../../shared/editor/nodes';
import { LABELS, LIVE_BLOCK_LABELS } from './labels';
import { useToolbarState } from './toolbarState';

export type ToolbarActions = {
  link: () => void;
  footnote: () => void;
  caption: () => void;
  image: () => void;
  liveBlock: (kind: LiveBlockKind, groupId?: string) => void;
  toggleFocus: () => void;
};

export function EditorToolbar(props: {
  editor: Editor;
  actions: ToolbarActions;
  focusMode: boolean;
  groups: readonly { id: string; name: string }[];
  wordCount: number | null;
}) {
  const { editor, actions, focusMode, groups, wordCount } = props;
  const s = useToolbarState(editor);
  const chain = () => editor.chain().focus();
  return (
    <Toolbar aria-label={LABELS.toolbar} size="small" className="plan-editor-toolbar">
      {!focusMode && (
        <>
          {([2, 3, 4] as const).map((level) => (
            <Btn key={level} label={LABELS.heading(level)} pressed={s[`h${level}`]} onClick={() => chain().toggleHeading({ level }).run()}>
              {`H${level}`}
            </Btn>
          ))}
          <ToolbarDivider />
          <Btn label={LABELS.bold} pressed={s.bold} onClick={() => chain().toggleBold().run()}>
            <b>F</b>
          </Btn>
          <Btn label={LABELS.italic} pressed={s.italic} onClick={() => chain().toggleItalic().run()}>
            <i>K</i>
          </Btn>
          <Btn label={LABELS.underline} pressed={s.underline} onClick={() => chain().toggleUnderline().run()}>
            <u>U</u>
          </Btn>
          <ToolbarDivider />
          <Btn label={LABELS.bulletList} pressed={s.bulletList} onClick={() => chain().toggleBulletList().run()}>
            •
          </Btn>
          <Btn label={LABELS.orderedList} pressed={s.orderedList} onClick={() => chain().toggleOrderedList().run()}>
            1.
          </Btn>
          <Btn label={LABELS.blockquote} pressed={s.blockquote} onClick={() => chain().toggleBlockquote().run()}>
            ”
          </Btn>
          <ToolbarDivider />
          <Btn label={s.link ? LABELS.removeLink : LABELS.link} pressed={s.link} onClick={() => (s.link ? chain().unsetLink().run() : actions.link())}>
            Lenke
          </Btn>
          <Btn label={LABELS.table} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
            Tabell
          </Btn>
          <Btn label={LABELS.image} onClick={actions.image}>
            Bilde
          </Btn>
          <Btn label={LABELS.caption} disabled={!s.captionable} onClick={actions.caption}>
            Tekst
          </Btn>
          <Btn label={LABELS.footnote} pressed={s.footnote} onClick={actions.footnote}>
            Fotnote
          </Btn>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <ToolbarButton aria-label={LABELS.liveBlock}>Levende tabell ▾</ToolbarButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {LIVE_BLOCK_KINDS.filter((k) => k !== 'matrix-group').map((kind) => (
                  <MenuItem key={kind} onClick={() => actions.liveBlock(kind)}>
                    {LIVE_BLOCK_LABELS[kind]}
                  </MenuItem>
                ))}
                {groups.map((g) => (
                  <MenuItem key={g.id} onClick={() => actions.liveBlock('matrix-group', g.id)}>
                    {`${LIVE_BLOCK_LABELS['matrix-group']}: ${g.name}`}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
          <ToolbarDivider />
          <Btn label={LABELS.undo} onClick={() => chain().undo().run()}>
            ↶
          </Btn>
          <Btn label={LABELS.redo} onClick={() => chain().redo().run()}>
            ↷
          </Btn>
        </>
      )}
      <Btn label={focusMode ? LABELS.focusOff : LABELS.focusOn} pressed={focusMode} onClick={actions.toggleFocus}>
        {focusMode ? LABELS.focusOff : LABELS.focusOn}
      </Btn>
      <span className="plan-editor-words" aria-live="polite">
        {wordCount === null ? '' : LABELS.words(wordCount)}
      </span>
    </Toolbar>
  );
}

function Btn(props: { label: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <ToolbarButton
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed === undefined ? undefined : props.pressed}
      appearance={props.pressed ? 'primary' : 'subtle'}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </ToolbarButton>
  );
}
