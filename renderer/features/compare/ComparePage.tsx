// «Sammenlign»: the plan now (or one of its versions) against an earlier version or another file of the plan; the
// changes listed by kind, with «next/previous change» buttons and Alt+Down / Alt+Up to walk them.
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CompareResult } from '../../../shared/api/calls/compare';
import type { VersionListItem } from '../../../shared/api/calls/versions';
import type { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { CompareResultView } from './CompareResultView';

const FILE = '__file__';
const NOW = '__now__';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: '8px', flexWrap: 'wrap', marginBottom: '16px' },
  path: { width: 'min(420px, 80vw)' },
  nav: { display: 'flex', gap: '8px', margin: '8px 0 16px' },
});

export function ComparePage() {
  const t = useT();
  const styles = useStyles();
  const [versions, setVersions] = useState<VersionListItem[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CompareResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLElement>(null);

  useEffect(() => {
    void api.call('versions.list', {}).then((r) => {
      if (!r.ok) return;
      setVersions(r.value);
      setFrom((f) => f || (r.value.at(-1)?.id ?? FILE));
    });
  }, []);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const r = await api.call('compare.run', { fromVersion: from === FILE ? null : from, fromPath: from === FILE ? path : null, toVersion: to === NOW ? null : to });
    setBusy(false);
    if (r.ok) setResult(r.value);
    else {
      setResult(null);
      setError(r.error);
    }
  };

  /** Focus the next (or previous) change after the one that has focus, wrapping around. */
  const go = (step: 1 | -1) => {
    const stops = [...(list.current?.querySelectorAll<HTMLElement>('[data-change]') ?? [])];
    if (stops.length === 0) return;
    const at = stops.findIndex((s) => s === document.activeElement || s.contains(document.activeElement));
    const next = at === -1 ? (step === 1 ? 0 : stops.length - 1) : (at + step + stops.length) % stops.length;
    stops[next]!.focus();
    stops[next]!.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    go(event.key === 'ArrowDown' ? 1 : -1);
  };

  const label = (v: VersionListItem) => `${v.name} (${v.createdAt.slice(8, 10)}.${v.createdAt.slice(5, 7)}.${v.createdAt.slice(0, 4)})`;
  return (
    <div onKeyDown={onKeyDown}>
      <h1>{t('compare.heading')}</h1>
      <p>{t('compare.lead')}</p>
      {versions.length === 0 && <p>{t('compare.noVersions')}</p>}
      <form className={styles.form} onSubmit={(e) => void submit(e)}>
        <Field label={t('compare.from')}>
          <Select value={from} onChange={(_, d) => setFrom(d.value)} data-testid="compare-from">
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {label(v)}
              </option>
            ))}
            <option value={FILE}>{t('compare.otherFile')}</option>
          </Select>
        </Field>
        {from === FILE && (
          <Field label={t('compare.path')}>
            <Input className={styles.path} value={path} onChange={(_, d) => setPath(d.value)} data-testid="compare-path" />
          </Field>
        )}
        <Field label={t('compare.to')}>
          <Select value={to} onChange={(_, d) => setTo(d.value)} data-testid="compare-to">
            <option value={NOW}>{t('compare.now')}</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {label(v)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary" disabled={busy || (from === FILE && !path.trim())}>
          {t('compare.run')}
        </Button>
      </form>
      {busy && <p role="status">{t('compare.loading')}</p>}
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="compare-error">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <section ref={list} aria-labelledby="compare-result" data-testid="compare-result">
          <h2 id="compare-result" ref={heading} tabIndex={-1}>
            {result.total === 0
              ? t('compare.none')
              : result.total === 1
                ? t('compare.resultOne', { from: result.fromLabel, to: result.toLabel })
                : t('compare.result', { count: result.total, from: result.fromLabel, to: result.toLabel })}
          </h2>
          {result.total > 0 && (
            <>
              <p>{t('compare.keys')}</p>
              <div className={styles.nav}>
                <Button onClick={() => go(-1)}>{t('compare.prev')}</Button>
                <Button onClick={() => go(1)} data-testid="compare-next">
                  {t('compare.next')}
                </Button>
              </div>
              <CompareResultView result={result} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
