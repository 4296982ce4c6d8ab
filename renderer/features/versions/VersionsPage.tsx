// The Versjoner page (issue 16): save a version, list them, view one read-only, export it, restore it as a new plan
// file beside the plan, delete one's own. The services do the work (versions.*); held edits are written first.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { VersionListItem } from '../../../shared/api/calls/versions';
import type { ApiError } from '../../../shared/api/errors';
import { formatVersionTime } from '../../../shared/domain/version';
import { api } from '../../api/client';
import { flush } from '../../commands/commandBus';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { settleEditor } from '../chapters/editorSync';
import { SaveVersionDialog } from './SaveVersionDialog';
import { besidePlan } from './versionFiles';
import { useVersionsStore } from './versionsSlice';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', maxWidth: '1100px', marginTop: '12px' },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  frame: { width: '100%', maxWidth: '1000px', height: '70vh', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#fff', display: 'block', marginTop: '8px' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});


export function VersionsPage() {
  const styles = useStyles();
  const t = useT();
  const file = usePlanStore((s) => s.file);
  const { versions, listError, viewing: shown, refresh, view } = useVersionsStore();
  const [dialog, setDialog] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const viewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void refresh();
  }, [refresh, file?.path]);
  useEffect(() => {
    if (shown) viewHeading.current?.focus();
  }, [shown]);

  /** Runs one call and says how it went; the list is read again afterwards. */
  const act = async <T,>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, said: (value: T) => string) => {
    setNotice(null);
    setError(null);
    const r = await run();
    if (r.ok) setNotice(said(r.value));
    else setError(r.error);
    await refresh();
  };

  const save = (name: string, note: string) =>
    void act(
      async () => {
        // The version points at the file: what the page still holds goes there first.
        await settleEditor();
        await flush();
        return api.call('versions.make', { name, note });
      },
      (v) => t('versions.saved', { name: v.name }),
    );
  const show = async (v: VersionListItem) => {
    setError(null);
    const r = await api.call('versions.preview', { id: v.id });
    if (r.ok) view({ name: v.name, html: r.value.html });
    else setError(r.error);
  };
  const planName = file?.name.replace(/\.planverk$/i, '') ?? '';
  const path = (key: 'versions.restoreFile' | 'versions.exportFile', v: VersionListItem) => besidePlan(file?.path ?? '', t(key, { plan: planName, name: v.name }));

  return (
    <>
      <h1>{t('versions.heading')}</h1>
      <p>{t('versions.intro')}</p>
      <Button appearance="primary" onClick={() => setDialog(true)} data-testid="save-version">
        {t('versions.save')}
      </Button>
      {dialog && <SaveVersionDialog onSave={save} onClose={() => setDialog(false)} />}
      {notice && (
        <MessageBar intent="success" layout="multiline" style={{ marginTop: 12 }} data-testid="versions-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {(error ?? listError) && (
        <MessageBar intent="error" layout="multiline" style={{ marginTop: 12 }} data-testid="versions-error">
          <MessageBarBody>{(error ?? listError)?.message}</MessageBarBody>
        </MessageBar>
      )}
      {versions?.length === 0 && <p>{t('versions.empty')}</p>}
      {versions && versions.length > 0 && (
        <table className={styles.table} data-testid="versions-list">
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('versions.list')}</caption>
          <thead>
            <tr>
              {(['versions.col.name', 'versions.col.date', 'versions.col.author', 'versions.col.note', 'versions.col.actions'] as const).map((k) => (
                <th key={k} scope="col" className={styles.cell}>
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.id} data-version={v.name}>
                <th scope="row" className={styles.cell}>
                  {v.name}
                  {v.kind === 'hearingDraft' && <div className={styles.small}>{t('versions.hearingDraft')}</div>}
                </th>
                <td className={styles.cell}>{formatVersionTime(v.createdAt)}</td>
                <td className={styles.cell}>{v.author ? `${v.author.name} (${v.author.initials})` : t('versions.unknownAuthor')}</td>
                <td className={styles.cell}>{v.note}</td>
                <td className={styles.cell}>
                  <div className={styles.actions}>
                    <Button size="small" aria-label={t('versions.open.label', { name: v.name })} onClick={() => void show(v)}>
                      {t('versions.open')}
                    </Button>
                    <Button
                      size="small"
                      aria-label={t('versions.export.label', { name: v.name })}
                      onClick={() => void act(() => api.call('versions.export', { id: v.id, format: 'docx', out: path('versions.exportFile', v) }), (r) => t('versions.exported', { path: r.path }))}
                    >
                      {t('versions.export')}
                    </Button>
                    <Button
                      size="small"
                      aria-label={t('versions.restore.label', { name: v.name })}
                      onClick={() => void act(() => api.call('versions.restore', { id: v.id, path: path('versions.restoreFile', v) }), (r) => t('versions.restored', { path: r.path }))}
                    >
                      {t('versions.restore')}
                    </Button>
                    {v.mine && (
                      <Button
                        size="small"
                        aria-label={t('versions.delete.label', { name: v.name })}
                        onClick={() => void act(() => api.call('versions.delete', { id: v.id }), () => t('versions.deleted', { name: v.name }))}
                      >
                        {t('versions.delete')}
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && (
        <section aria-labelledby="version-view-heading" data-testid="version-view">
          <h2 id="version-view-heading" ref={viewHeading} tabIndex={-1}>
            {t('versions.viewing', { name: shown.name })}
          </h2>
          <p>{t('versions.viewing.hint')}</p>
          <Button onClick={() => view(null)}>{t('versions.viewing.close')}</Button>
          <iframe className={styles.frame} sandbox="" srcDoc={shown.html} title={t('versions.viewing.frame', { name: shown.name })} data-testid="version-preview" />
        </section>
      )}
    </>
  );
}
