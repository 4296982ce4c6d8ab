// Kommentarer: every comment thread of the plan, filtered by person, group, status and place (comments.list, which
// also says whose commented text is deleted). Each thread names what it is on; replies, resolve and reopen work here too.
// A returned plan can hold hundreds of threads: they are drawn a page at a time («Vis flere kommentarer», as in the
// chapter's pane), and another filter starts again at the first page.
import { makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import type { CommentFilter, CommentThreadView } from '../../../shared/api/calls/comments';
import { COMMENT_PLACES, CommentPlaceKind, commentTargetKind, type Comment } from '../../../shared/domain/comment';
import { commentTargetName } from '../../../shared/domain/commentTarget';
import type { PlanView } from '../../../shared/domain/planView';
import { api } from '../../api/client';
import { ShowMoreButton, usePagedList } from '../../components/pagedList';
import { useT, type Translate } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { CommentThreadCard } from './CommentThreadCard';
import { useCommentsView } from './commentActions';
import { goToTarget } from './goToTarget';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'end', marginBottom: '12px' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '180px' },
  count: { color: tokens.colorNeutralForeground2 },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
  list: { maxWidth: '760px' },
});

const NO_COMMENTS: readonly Comment[] = [];
type Status = 'all' | 'open' | 'resolved';

/** What a thread is on, in words («Kapittel «Innledning»», «Celle «Bolig × Arbeidsgruppe 1: …»», «Innspill fra …»). */
export function placeOf(t: Translate, plan: PlanView | null, c: Comment): string {
  const name = plan ? commentTargetName(plan, c.targetTable, c.targetId) : null;
  return t(`comments.on.${commentTargetKind(c.targetTable)}`, { name: name ?? t('comments.gone') });
}

/** The «Sted» filter's value: '' (all), a place («place:matrix») or one chapter («chapter:<id>»). */
function placeFilter(value: string): Pick<CommentFilter, 'place' | 'chapterId'> {
  if (value.startsWith('chapter:')) return { chapterId: value.slice('chapter:'.length) };
  const place = CommentPlaceKind.safeParse(value.slice('place:'.length));
  return place.success ? { place: place.data } : {};
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: readonly [string, string][]; onChange: (v: string) => void }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <Select id={id} value={value} onChange={(_, d) => onChange(d.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function CommentsPage() {
  const t = useT();
  const styles = useStyles();
  const plan = usePlanStore((s) => s.plan);
  const comments = plan?.comments ?? NO_COMMENTS;
  const status = useCommentsView((s) => s.status);
  const loadMe = useCommentsView((s) => s.loadMe);
  useEffect(() => void loadMe(), [loadMe]);
  useEffect(() => () => useCommentsView.setState({ status: null }), []);
  const [author, setAuthor] = useState('');
  const [group, setGroup] = useState('');
  const [state, setState] = useState<Status>('all');
  const [place, setPlace] = useState('');
  const [threads, setThreads] = useState<CommentThreadView[]>([]);
  // The choices come from every comment in the file (comments.list without a filter), not only those the page has seen.
  const [everyone, setEveryone] = useState<readonly Comment[]>(comments);
  useEffect(() => {
    let alive = true;
    void api.call('comments.list', { status: 'all' }).then((r) => {
      if (alive && r.ok) setEveryone(r.value.threads.flatMap((th) => [th.root, ...th.replies]));
    });
    return () => {
      alive = false;
    };
  }, [comments]);

  const authors = useMemo(() => [...new Map(everyone.map((c) => [c.authorId, c.authorName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'nb')), [everyone]);
  const groups = useMemo(() => [...new Set(everyone.flatMap((c) => (c.authorGroup ? [c.authorGroup] : [])))].sort((a, b) => a.localeCompare(b, 'nb')), [everyone]);
  const chapters = useMemo(() => {
    const ids = new Set(everyone.filter((c) => c.targetTable === 'chapters').map((c) => c.targetId));
    return (plan?.chapters ?? []).filter((c) => ids.has(c.id)).map((c) => [`chapter:${c.id}`, t('who.place.chapter', { name: c.title })] as [string, string]);
  }, [everyone, plan?.chapters, t]);
  const places = COMMENT_PLACES.map((p) => [`place:${p}`, t(`who.place.${p}`)] as [string, string]);

  useEffect(() => {
    let alive = true;
    const filter: CommentFilter = { status: state, ...(author ? { authorId: author } : {}), ...(group ? { group } : {}), ...placeFilter(place) };
    void api.call('comments.list', filter).then((r) => {
      if (!alive) return;
      if (r.ok) setThreads(r.value.threads);
      else usePlanStore.getState().showError(r.error);
    });
    return () => {
      alive = false;
    };
  }, [comments, author, group, state, place]);

  const paged = usePagedList(threads);
  /** A filter's choice: the list shows its first page again. */
  const choose = (set: (v: string) => void) => (v: string) => {
    set(v);
    paged.reset();
  };
  const all: [string, string] = ['', t('comments.all')];
  return (
    <div>
      <h1>{t('comments.heading')}</h1>
      <div className={styles.filters} role="group" aria-label={t('comments.heading')}>
        <Choice label={t('comments.filterAuthor')} value={author} options={[all, ...authors]} onChange={choose(setAuthor)} />
        <Choice label={t('comments.filterGroup')} value={group} options={[all, ...groups.map((g) => [g, g] as [string, string])]} onChange={choose(setGroup)} />
        <Choice
          label={t('comments.filterStatus')}
          value={state}
          options={[
            ['all', t('comments.all')],
            ['open', t('comments.open')],
            ['resolved', t('comments.resolvedStatus')],
          ]}
          onChange={choose((v) => setState(v as Status))}
        />
        <Choice label={t('who.filterPlace')} value={place} options={[all, ...places, ...chapters]} onChange={choose(setPlace)} />
        <span className={styles.count} aria-live="polite">
          {t('comments.count', { count: threads.length })}
        </span>
      </div>
      <div className={styles.list}>
        {threads.length === 0 ? (
          <p>{t('comments.none')}</p>
        ) : (
          paged.shown.map((th, i) => (
            <CommentThreadCard
              key={th.root.id}
              thread={th}
              anchor={th.anchor}
              place={placeOf(t, plan, th.root)}
              goTo={plan && commentTargetName(plan, th.root.targetTable, th.root.targetId) !== null ? () => goToTarget(plan, th.root) : undefined}
              entry={paged.entryProps(i)}
            />
          ))
        )}
        <ShowMoreButton list={paged} label={(count) => t('comments.showMore', { count })} />
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {status ? t(status) : ''}
      </div>
    </div>
  );
}
