// One comment thread: the first comment (with the text it is on, or «tekst slettet»), its replies, and the actions
// the person may take: reply, resolve or reopen (anyone), edit and delete (own comments only). Keyboard: every action is a
// button; a form's field takes focus when it opens and Escape closes it.
import { Button, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, type KeyboardEvent } from 'react';
import type { ResolvedAnchor } from '../../../shared/editor/commentAnchors';
import type { Comment, CommentThread } from '../../../shared/domain/comment';
import { formatLocalDayTime } from '../../../shared/format/norwegian';
import { useT } from '../../app/i18n';
import type { EntryProps } from '../../components/pagedList';
import { useCommentsView, writeComment } from './commentActions';

const useStyles = makeStyles({
  thread: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '8px 12px', marginBottom: '8px' },
  resolved: { backgroundColor: tokens.colorNeutralBackground3 },
  quote: { fontStyle: 'italic', color: tokens.colorNeutralForeground2, margin: '0 0 4px' },
  deleted: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  place: { display: 'flex', alignItems: 'center', gap: '8px', margin: 0 },
  body: { whiteSpace: 'pre-wrap', margin: '2px 0 6px' },
  reply: { marginLeft: '16px', borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, paddingLeft: '8px' },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  form: { display: 'flex', flexDirection: 'column', gap: '4px', marginTop: '4px' },
});

export const commentDate = (iso: string): string => formatLocalDayTime(new Date(iso), ' ');

/** A text field with Lagre/Avbryt; Ctrl+Enter saves, Escape cancels. */
export function CommentForm({ label, initial = '', onSave, onCancel }: { label: string; initial?: string; onSave: (body: string) => Promise<boolean>; onCancel: () => void }) {
  const t = useT();
  const styles = useStyles();
  const id = useId();
  const [body, setBody] = useState(initial);
  const save = async () => {
    if (await onSave(body)) onCancel();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
  };
  return (
    <div className={styles.form} onKeyDown={onKeyDown}>
      <label htmlFor={id}>{label}</label>
      <Textarea id={id} value={body} onChange={(_, d) => setBody(d.value)} autoFocus resize="vertical" />
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={() => void save()}>
          {t('comments.save')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('comments.cancel')}
        </Button>
      </div>
    </div>
  );
}

function OneComment({ comment, mine, reply }: { comment: Comment; mine: boolean; reply: boolean }) {
  const t = useT();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  return (
    <div className={reply ? styles.reply : undefined}>
      <p className={styles.meta}>
        <strong>{comment.authorName}</strong> ({comment.authorInitials}) · {commentDate(comment.createdAt)} {comment.editedAt ? t('comments.edited') : ''}
      </p>
      {editing ? (
        <CommentForm label={t('comments.edit')} initial={comment.body} onSave={(body) => writeComment('comments.edit', { id: comment.id, body })} onCancel={() => setEditing(false)} />
      ) : (
        <p className={styles.body}>{comment.body}</p>
      )}
      {mine && !editing && (
        <div className={styles.actions}>
          <Button size="small" appearance="subtle" onClick={() => setEditing(true)} aria-label={`${t('comments.edit')}: ${comment.body.slice(0, 40)}`}>
            {t('comments.edit')}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => void writeComment('comments.delete', { id: comment.id })} aria-label={`${t('comments.delete')}: ${comment.body.slice(0, 40)}`}>
            {t('comments.delete')}
          </Button>
        </div>
      )}
    </div>
  );
}

/**
 * `place` names what the thread is on (the plan-wide list); `goTo` then offers «Gå til» that place. `entry`: its place
 * in a paged list (pagedList.tsx), which moves focus to the first thread of a newly drawn page.
 */
export function CommentThreadCard({ thread, anchor, place, goTo, entry }: { thread: CommentThread; anchor: ResolvedAnchor | null; place?: string; goTo?: () => void; entry?: EntryProps }) {
  const t = useT();
  const styles = useStyles();
  const me = useCommentsView((s) => s.me);
  const [replying, setReplying] = useState(false);
  const { root } = thread;
  const mine = (c: Comment) => me !== null && c.authorId === me.id;
  return (
    <article
      className={root.resolved ? `${styles.thread} ${styles.resolved}` : styles.thread}
      aria-label={t('comments.thread', { author: root.authorName, date: commentDate(root.createdAt) })}
      data-comment-id={root.id}
      {...entry}
    >
      {place && (
        <p className={styles.place}>
          <span className={styles.meta}>{place}</span>
          {goTo && (
            <Button size="small" appearance="subtle" onClick={goTo} aria-label={t('who.goToLabel', { place })}>
              {t('who.goTo')}
            </Button>
          )}
        </p>
      )}
      {root.targetTable === 'chapters' && (root.quote || anchor?.state === 'deleted') && (
        <p className={styles.quote}>
          {anchor?.state === 'deleted' && <span className={styles.deleted}>{t('comments.textDeleted')}: </span>}
          {t('comments.quote', { quote: root.quote.length > 120 ? `${root.quote.slice(0, 119)}…` : root.quote })}
        </p>
      )}
      {root.resolved && <p className={styles.meta}>{t('comments.resolved', { name: root.resolvedBy ?? '' })}</p>}
      <OneComment comment={root} mine={mine(root)} reply={false} />
      {thread.replies.map((r) => (
        <OneComment key={r.id} comment={r} mine={mine(r)} reply />
      ))}
      {replying ? (
        <CommentForm label={t('comments.replyLabel', { author: root.authorName })} onSave={(body) => writeComment('comments.reply', { parentId: root.id, body })} onCancel={() => setReplying(false)} />
      ) : (
        <div className={styles.actions}>
          <Button size="small" onClick={() => setReplying(true)}>
            {t('comments.reply')}
          </Button>
          {root.resolved ? (
            <Button size="small" onClick={() => void writeComment('comments.reopen', { id: root.id })}>
              {t('comments.reopen')}
            </Button>
          ) : (
            <Button size="small" onClick={() => void writeComment('comments.resolve', { id: root.id })}>
              {t('comments.resolve')}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
