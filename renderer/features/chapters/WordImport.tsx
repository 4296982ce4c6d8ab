// «Importer Word-dokument»: import.docx adds the document's chapters as one step (Ctrl+Z takes it back); a damaged
// or non-Word file is refused with the services' Norwegian sentence. Browser mode has no file dialog: the path is typed.
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { reloadChapters } from './chapterCommit';
import { useChaptersView } from './chaptersSlice';
import { settleEditor } from './editorSync';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px', width: '380px', maxWidth: '80vw' },
});

type Outcome = { kind: 'imported'; text: string } | { kind: 'refused'; text: string } | null;

export function WordImport() {
  const styles = useStyles();
  const t = useT();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

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
    const { chapters, images, footnotes, chapterIds, warnings } = result.value;
    const text = [t('chapters.imported', { count: chapters, images, footnotes }), ...warnings].join(' ');
    setOutcome({ kind: 'imported', text });
    useChaptersView.getState().announce(text);
    await reloadChapters();
    if (chapterIds[0]) useChaptersView.getState().select(chapterIds[0]);
  };

  return (
    <Popover trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small">{t('chapters.import')}</Button>
      </PopoverTrigger>
      <PopoverSurface aria-labelledby="word-import-heading">
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <h2 id="word-import-heading" style={{ margin: 0, fontSize: '1rem' }}>
            {t('chapters.import')}
          </h2>
          <p style={{ margin: 0 }}>{t('chapters.importHelp')}</p>
          <Field label={t('chapters.importPath')}>
            <Input value={path} placeholder="/sti/til/dokument.docx" onChange={(_e, d) => setPath(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={busy || !path.trim()}>
            {t('chapters.importButton')}
          </Button>
          {outcome && (
            <MessageBar intent={outcome.kind === 'imported' ? 'success' : 'error'} role={outcome.kind === 'imported' ? 'status' : 'alert'}>
              <MessageBarBody>{outcome.text}</MessageBarBody>
            </MessageBar>
          )}
        </form>
      </PopoverSurface>
    </Popover>
  );
}
