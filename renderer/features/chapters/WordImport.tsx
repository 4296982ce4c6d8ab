// «Importer Word-dokument»: import.docx adds the document's chapters as one step (Ctrl+Z takes it back); a damaged
// or non-Word file is refused with the services' Norwegian sentence. Browser mode has no file dialog: the path is typed
// in a form the button shows (a disclosure, not a popover, so the result stays while the tree and editor reload).
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useT, useWordImportText } from '../../app/i18n';
import { reloadChapters } from './chapterCommit';
import { useChaptersView } from './chaptersSlice';
import { settleEditor } from './editorSync';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start' },
  form: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  path: { minWidth: '340px' },
  help: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

type Outcome = { kind: 'imported'; text: string } | { kind: 'refused'; text: string } | null;

export function WordImport() {
  const styles = useStyles();
  const t = useT();
  const sayWarning = useWordImportText();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [open, setOpen] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!path.trim()) return;
    setBusy(true);
    await settleEditor();
    const result = await api.call('import.docx', { path: path.trim() });
    setBusy(false);
    if (!result.ok) {
      setOutcome({ kind: 'refused', text: result.error.message });
      return;
    }
    const { chapters, images, footnotes, suggestions, comments, chapterIds, warnings } = result.value;
    const review = suggestions > 0 || comments > 0 ? [t('chapters.importedReview', { suggestions, comments })] : [];
    const text = [t('chapters.imported', { count: chapters, images, footnotes }), ...review, ...warnings.map((w) => sayWarning(w.text))].join(' ');
    setOutcome({ kind: 'imported', text });
    useChaptersView.getState().announce(text);
    await reloadChapters();
    if (chapterIds[0]) useChaptersView.getState().select(chapterIds[0]);
  };

  return (
    <div className={styles.box}>
      <Button size="small" aria-expanded={open} aria-controls="word-import-form" onClick={() => setOpen(!open)}>
        {t('chapters.import')}
      </Button>
      {open && (
        <form id="word-import-form" className={styles.form} aria-label={t('chapters.import')} onSubmit={(e) => void submit(e)}>
          <p className={styles.help}>{t('chapters.importHelp')}</p>
          <div className={styles.row}>
            <Field label={t('chapters.importPath')} className={styles.path}>
              <Input value={path} placeholder={t('placeholder.docxFile')} autoFocus onChange={(_e, d) => setPath(d.value)} />
            </Field>
            <Button type="submit" appearance="primary" disabled={busy || !path.trim()}>
              {t('chapters.importButton')}
            </Button>
          </div>
        </form>
      )}
      {outcome && (
        <MessageBar intent={outcome.kind === 'imported' ? 'success' : 'error'} role={outcome.kind === 'imported' ? 'status' : 'alert'} data-testid="word-import-result">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
