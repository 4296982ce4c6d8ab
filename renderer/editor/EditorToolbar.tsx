// The chapter editor's toolbar: a Fluent UI Toolbar (role toolbar, arrow keys move between buttons), every button
// named for screen readers, with aria-pressed for the formatting that is on at the cursor. Buttons sit in groups and
// whatever does not fit the pane's width moves, group by group from the end, into the «Flere verktøy» menu (Fluent's
// Overflow), so the page never scrolls sideways and every action stays reachable by mouse and keyboard.
import { otherLanguage } from '../../shared/spell/speller';
import {
  Menu,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowDivider,
  OverflowItem,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import type { ChainedCommands, Editor } from '@tiptap/react';
import { Fragment, useState, type ReactNode, type Ref } from 'react';
import { LIVE_BLOCK_KINDS, type LiveBlockKind } from '../../shared/editor/nodes';
import type { EditorLabels } from './labels';
import { useToolbarState, type ToolbarState } from './toolbarState';

export type ToolbarActions = {
  link: () => void;
  footnote: () => void;
  caption: () => void;
  image: () => void;
  liveBlock: (kind: LiveBlockKind, groupId?: string) => void;
  toggleFocus: () => void;
  /** «Foreslå endringer» on/off; absent where the page offers no suggestion mode. */
  toggleSuggest?: () => void;
};

/** One action of the toolbar: drawn as a button while it fits, as a menu item once it has overflowed. */
type Tool = {
  id: string;
  label: string;
  text: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  /** Acts on the text at once (no dialog): a mouse click leaves the focus in the text. */
  onText?: boolean;
};
type ToolGroup = { id: string; priority: number; tools: Tool[] };
type Group = { id: string; name: string };

/** The målform a marked passage gets: the other one than the text's own (the editor's lang attribute). */
const passageLanguage = (editor: Editor) => otherLanguage(editor.view.dom.getAttribute('lang') === 'nn' ? 'nn' : 'nb');

/** The toolbar's groups; a higher priority overflows later (text formatting stays longest, history goes first). */
function toolGroups(editor: Editor, s: ToolbarState, actions: ToolbarActions, L: EditorLabels): ToolGroup[] {
  // Tiptap's focus() puts DOM focus back into the text only in the next animation frame: a key typed before it (a
  // busy machine, a fast typist: «iltak» for «Tiltak» in a table just inserted) went to the button and was lost.
  // The text is focused at once, in the same event, after the command.
  const text = (command: (chain: ChainedCommands) => ChainedCommands) => () => {
    command(editor.chain().focus()).run();
    if (!editor.isDestroyed) editor.view.focus();
  };
  return [
    {
      id: 'headings',
      priority: 5,
      tools: ([2, 3, 4] as const).map((level) => ({
        id: `h${level}`,
        label: L.heading(level),
        text: `H${level}`,
        pressed: s[`h${level}`],
        onText: true, onClick: text((c) => c.toggleHeading({ level })),
      })),
    },
    {
      id: 'marks',
      priority: 6,
      tools: [
        { id: 'bold', label: L.bold, text: <b>{L.boldShort}</b>, pressed: s.bold, onText: true, onClick: text((c) => c.toggleBold()) },
        { id: 'italic', label: L.italic, text: <i>{L.italicShort}</i>, pressed: s.italic, onText: true, onClick: text((c) => c.toggleItalic()) },
        { id: 'underline', label: L.underline, text: <u>U</u>, pressed: s.underline, onText: true, onClick: text((c) => c.toggleUnderline()) },
      ],
    },
    {
      id: 'lists',
      priority: 4,
      tools: [
        { id: 'bullets', label: L.bulletList, text: '•', pressed: s.bulletList, onText: true, onClick: text((c) => c.toggleBulletList()) },
        { id: 'numbers', label: L.orderedList, text: '1.', pressed: s.orderedList, onText: true, onClick: text((c) => c.toggleOrderedList()) },
        { id: 'quote', label: L.blockquote, text: '”', pressed: s.blockquote, onText: true, onClick: text((c) => c.toggleBlockquote()) },
      ],
    },
    {
      id: 'insert',
      priority: 3,
      tools: [
        {
          id: 'link',
          label: s.link ? L.removeLink : L.link,
          text: L.linkShort,
          pressed: s.link,
          onText: s.link,
          onClick: s.link ? text((c) => c.unsetLink()) : actions.link,
        },
        { id: 'table', label: L.table, text: L.tableShort, onText: true, onClick: text((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true })) },
        { id: 'image', label: L.image, text: L.imageShort, onClick: actions.image },
        { id: 'caption', label: L.caption, text: L.captionShort, disabled: !s.captionable, onClick: actions.caption },
        { id: 'footnote', label: L.footnote, text: L.footnote, pressed: s.footnote, onClick: actions.footnote },
      ],
    },
    {
      // Seldom used: the first to go into «Flere verktøy» on a narrow window.
      id: 'language',
      priority: 1,
      tools: [
        // A quoted passage in the other målform than the text's (the editor's lang): spell-check and export follow it.
          {
            id: 'language',
            label: s.language ? L.otherLanguageOff : L.otherLanguage(passageLanguage(editor)),
            text: L.otherLanguageShort,
            pressed: s.language,
            onText: true,
            onClick: text((c) => (s.language ? c.unsetMark('language') : c.setMark('language', { lang: passageLanguage(editor) }))),
          },
      ],
    },
    {
      id: 'history',
      priority: 2,
      tools: [
        { id: 'undo', label: L.undo, text: '↶', onText: true, onClick: text((c) => c.undo()) },
        { id: 'redo', label: L.redo, text: '↷', onText: true, onClick: text((c) => c.redo()) },
      ],
    },
  ];
}

export function EditorToolbar(props: {
  editor: Editor;
  actions: ToolbarActions;
  focusMode: boolean;
  suggestMode?: boolean;
  groups: readonly Group[];
  wordCount: number | null;
  labels: EditorLabels;
}) {
  const { editor, actions, focusMode, groups, wordCount, labels: L } = props;
  const toggleSuggest = actions.toggleSuggest;
  const s = useToolbarState(editor);
  const toolGroupList = focusMode ? [] : toolGroups(editor, s, actions, L);
  const focusLabel = focusMode ? L.focusOff : L.focusOn;
  return (
    <div className="plan-editor-toolbar-row">
      <Overflow padding={8}>
        <Toolbar aria-label={L.toolbar} size="small" className="plan-editor-toolbar">
          {toolGroupList.map((group) => (
            <Fragment key={group.id}>
              {group.tools.map((tool) => (
                <OverflowItem key={tool.id} id={tool.id} groupId={group.id} priority={group.priority}>
                  <ToolButton tool={tool} />
                </OverflowItem>
              ))}
              {group.id === 'insert' && (
                <OverflowItem id="liveBlock" groupId={group.id} priority={group.priority}>
                  <span>
                    <LiveBlockMenu groups={groups} actions={actions} labels={L} trigger="button" />
                  </span>
                </OverflowItem>
              )}
              <OverflowDivider groupId={group.id}>
                <ToolbarDivider />
              </OverflowDivider>
            </Fragment>
          ))}
          {!focusMode && <MoreTools toolGroups={toolGroupList} groups={groups} actions={actions} labels={L} />}
          {toggleSuggest && (
            <OverflowItem id="suggest" pinned>
              <ToolButton
                tool={{ id: 'suggest', label: props.suggestMode ? L.suggestModeOn : L.suggestMode, text: L.suggestModeShort, pressed: props.suggestMode === true, onText: true, onClick: toggleSuggest }}
              />
            </OverflowItem>
          )}
          <OverflowItem id="focus" pinned>
            <ToolButton tool={{ id: 'focus', label: focusLabel, text: focusLabel, pressed: focusMode, onClick: actions.toggleFocus }} />
          </OverflowItem>
        </Toolbar>
      </Overflow>
      <span className="plan-editor-words" aria-live="polite">
        {wordCount === null ? '' : L.words(wordCount)}
      </span>
    </div>
  );
}

/** `ref` reaches the button itself: OverflowItem measures and hides it through that ref (React 19 passes it as a prop). */
function ToolButton({ tool, ref }: { tool: Tool; ref?: Ref<HTMLButtonElement> }) {
  return (
    <ToolbarButton
      ref={ref}
      aria-label={tool.label}
      title={tool.label}
      aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
      appearance={tool.pressed ? 'primary' : 'subtle'}
      disabled={tool.disabled}
      onClick={tool.onClick}
      // A click on a text tool must not take focus from the text (as in Word); the keyboard still reaches every tool.
      onMouseDown={tool.onText ? (e) => e.preventDefault() : undefined}
      className="plan-editor-tool"
    >
      {tool.text}
    </ToolbarButton>
  );
}

/** «Levende tabell»: a toolbar button while it fits, a submenu of «Flere verktøy» once it has overflowed. */
function LiveBlockMenu(props: { groups: readonly Group[]; actions: ToolbarActions; labels: EditorLabels; trigger: 'button' | 'item' }) {
  const { groups, actions, labels: L } = props;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {props.trigger === 'button' ? (
          <ToolbarButton aria-label={L.liveBlock} title={L.liveBlock} appearance="subtle" className="plan-editor-tool">
            {`${L.liveBlockShort} ▾`}
          </ToolbarButton>
        ) : (
          <MenuItem>{L.liveBlock}</MenuItem>
        )}
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LIVE_BLOCK_KINDS.filter((k) => k !== 'matrix-group').map((kind) => (
            <MenuItem key={kind} onClick={() => actions.liveBlock(kind)}>
              {L.liveBlocks[kind]}
            </MenuItem>
          ))}
          {groups.map((g) => (
            <MenuItem key={g.id} onClick={() => actions.liveBlock('matrix-group', g.id)}>
              {`${L.liveBlocks['matrix-group']}: ${g.name}`}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** The overflow menu: present only while something has overflowed; lists exactly the tools that are hidden. */
function MoreTools(props: { toolGroups: ToolGroup[]; groups: readonly Group[]; actions: ToolbarActions; labels: EditorLabels }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  const [open, setOpen] = useState(false);
  const L = props.labels;
  if (!isOverflowing) return null;
  const pressed = props.toolGroups.flatMap((g) => g.tools).filter((t) => t.pressed).map((t) => t.id);
  // Checkbox items keep a Fluent menu open; a tool acts on the text (or opens a dialog), so the menu closes.
  const run = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  return (
    <Menu open={open} onOpenChange={(_, d) => setOpen(d.open)} checkedValues={{ tools: pressed }}>
      <MenuTrigger disableButtonEnhancement>
        <ToolbarButton ref={ref} aria-label={L.moreTools} title={L.moreTools} appearance="subtle" className="plan-editor-tool">
          …
        </ToolbarButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.toolGroups.map((group) => (
            <Fragment key={group.id}>
              {group.tools.map((tool) => (
                <HiddenTool key={tool.id} tool={{ ...tool, onClick: run(tool.onClick) }} />
              ))}
              {group.id === 'insert' && <HiddenLiveBlockMenu {...props} />}
            </Fragment>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTool({ tool }: { tool: Tool }) {
  const visible = useIsOverflowItemVisible(tool.id);
  if (visible) return null;
  if (tool.pressed === undefined) {
    return (
      <MenuItem disabled={tool.disabled} onClick={tool.onClick}>
        {tool.label}
      </MenuItem>
    );
  }
  return (
    <MenuItemCheckbox name="tools" value={tool.id} disabled={tool.disabled} onClick={tool.onClick}>
      {tool.label}
    </MenuItemCheckbox>
  );
}

function HiddenLiveBlockMenu(props: { groups: readonly Group[]; actions: ToolbarActions; labels: EditorLabels }) {
  const visible = useIsOverflowItemVisible('liveBlock');
  return visible ? null : <LiveBlockMenu {...props} trigger="item" />;
}
