// The in-app preview: the same HTML that becomes the PDF, in a sandboxed frame that runs no script (sandbox="" without
// allow-scripts) and has its own CSP, so nothing in the plan's text can act inside the app.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { partArg, useExportStore } from './exportSlice';

const useStyles = makeStyles({
  frame: { width: '100%', maxWidth: '1000px', height: '70vh', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#fff', display: 'block', marginTop: '8px' },
});

export function ExportPreview() {
  const styles = useStyles();
  const t = useT();
  const { partKind, groupId, watermark, watermarkPlacement } = useExportStore();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const show = async () => {
    const part = partArg({ partKind, groupId }) ?? 'plan';
    const r = await api.call('export.preview', { part, watermark, watermarkPlacement });
    if (r.ok) {
      setHtml(r.value.html);
      setError(null);
    } else setError(r.error);
  };

  return (
    <>
      <p>{t('export.preview.help')}</p>
      <Button onClick={() => void show()}>{t(html === null ? 'export.preview.show' : 'export.preview.refresh')}</Button>
      {error && <p role="alert">{error.message}</p>}
      {html !== null && <iframe className={styles.frame} sandbox="" srcDoc={html} title={t('export.preview.frame')} data-testid="export-preview" />}
    </>
  );
}
