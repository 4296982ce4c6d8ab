// The comments pane of one row that is not chapter text: a matrix cell or area, a Tabeller row, a hearing input. Its
// threads (earliest first) and «Ny kommentar»; each thread replies, resolves and reopens as in the chapter pane.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { commentThreads, type Comment, type CommentTargetTable } from '../../../shared/domain/comment';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { CommentForm, CommentThreadCard } from './CommentThreadCard';
import { useCommentsView, writeComment } from './commentActions';

const useStyles = makeStyles({
  pane: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, marginTop: '12px', paddingTop: '4px' },
  heading: { fontSize: tokens.fontSizeBase400, margin: '8px 0' },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

const NO_COMMENTS: readonly Comment[] = [];
export type HeadingLevel = 3 | 4 | 5;
const HEADINGS = { 3: 'h3', 4: 'h4', 5: 'h5' } as const;

export type RowCommentsProps = {
  targetTable: Exclude<CommentTargetTable, 'chapters'>;
  targetId: string;
  /** How the adviser knows the row («Bolig», «Statsforvalteren»): in the heading and the new comment's label. */
  name: string;
  /** The heading's level where the pane sits (3 in a panel under an h2, 4 under an h3 …). */
  level?: HeadingLevel;
  /** Whether this pane says what happened (one live region per page: a second pane beside it passes false). */
  announce?: boolean;
};

export function RowComments({ targetTable, targetId, name, level = 3, announce = true }: RowCommentsProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const all = usePlanStore((s) => s.plan?.comments ?? NO_COMMENTS);
  const threads = useMemo(() => commentThreads(all.filter((c) => c.targetTable === targetTable && c.targetId === targetId)), [all, targetTable, targetId]);
  const [writing, setWriting] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // The form goes away on Lagre, Avbryt or Escape: focus goes back to «Ny kommentar», not to the page's start.
  const closeForm = () => {
    setWriting(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const loadMe = useCommentsView((s) => s.loadMe);
  const status = useCommentsView((s) => s.status);
  useEffect(() => void loadMe(), [loadMe]);
  useEffect(() => () => useCommentsView.setState({ status: null }), []);
  const Heading = HEADINGS[level];
  return (
    <section className={styles.pane} aria-labelledby={headingId} data-testid={`comments-${targetTable}`}>
      <Heading id={headingId} className={styles.heading}>
        {t('comments.pane', { title: name })}
      </Heading>
      {threads.length === 0 ? <p>{t('comments.none')}</p> : threads.map((th) => <CommentThreadCard key={th.root.id} thread={th} anchor={null} />)}
      {writing ? (
        <CommentForm
          label={t('comments.newLabel', { quote: name })}
          onSave={(body) => writeComment('comments.add', { targetTable, targetId, body })}
          onCancel={closeForm}
        />
      ) : (
        <Button ref={addButton} size="small" onClick={() => setWriting(true)}>
          {t('who.newComment')}
        </Button>
      )}
      {announce && (
        <div role="status" aria-live="polite" className={styles.status}>
          {status ? t(status) : ''}
        </div>
      )}
    </section>
  );
}
