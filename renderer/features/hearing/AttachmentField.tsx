// "Vedlegg" in the input editor: a native file input (keyboard and screen-reader friendly in every browser and in the
// app), the attached file's name and size, "Last ned" from the plan's own bytes (fetched on demand) and "Fjern vedlegg".
import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { HearingInput } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useTablesStatus } from '../tables/tablesStatus';
import { formatFileSize } from './attachment';
import { attachFile, downloadAttachment, removeAttachment } from './attachmentEdits';

const useStyles = makeStyles({
  group: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '4px 12px 12px', margin: 0 },
  attached: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 12px', margin: '4px 0 12px' },
  fileInput: {
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

export function AttachmentField({ input, className }: { input: HearingInput; className?: string }) {
  const styles = useStyles();
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const announce = useTablesStatus((s) => s.announce);
  const asset = usePlanStore((s) => (input.attachmentAssetId ? s.plan?.assets.find((a) => a.id === input.attachmentAssetId) : undefined));
  const [problem, setProblem] = useState<string | null>(null);
  // Reading and hashing a scanned letter of many megabytes takes a moment; a second pick meanwhile would race the first.
  // The input stays enabled (disabling it would drop keyboard focus); a pick while busy is ignored.
  const busyRef = useRef(false);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const outcome = await attachFile(input, file).finally(() => {
      busyRef.current = false;
      setBusy(false);
    });
    if (fileRef.current) fileRef.current.value = '';
    if (outcome.ok) {
      setProblem(null);
      announce(t('hearing.attached', { name: outcome.name }));
    } else if (outcome.reason === 'too-large') {
      setProblem(t('hearing.attachTooLarge', { name: file.name, size: formatFileSize(file.size) }));
    } else if (outcome.reason === 'unreadable') {
      setProblem(t('hearing.attachUnreadable', { name: file.name }));
    }
  };

  const download = async (meta: Parameters<typeof downloadAttachment>[0]) => {
    if (await downloadAttachment(meta)) setProblem(null);
    else setProblem(t('hearing.attachmentMissing'));
  };

  const remove = () => {
    removeAttachment(input);
    setProblem(null);
    announce(t('hearing.attachmentRemoved'));
  };

  return (
    <fieldset className={`${className ?? ''} ${styles.group}`} data-testid="attachment-field">
      <legend>{t('hearing.attachment')}</legend>
      {input.attachmentAssetId !== null && (
        <div className={styles.attached}>
          {asset ? (
            <>
              <Text data-testid="attachment-name">{t('hearing.attachedFile', { name: asset.name, size: formatFileSize(asset.byteLength) })}</Text>
              <Button aria-label={t('hearing.downloadAttachmentName', { name: asset.name })} onClick={() => void download(asset)}>
                {t('hearing.downloadAttachment')}
              </Button>
            </>
          ) : (
            <Text>{t('hearing.attachmentMissing')}</Text>
          )}
          <Button onClick={remove}>{t('hearing.removeAttachment')}</Button>
        </div>
      )}
      <Field
        label={t('hearing.attachFile')}
        hint={t('hearing.attachHint')}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ?? undefined}
      >
        {(fieldProps) => (
          <input {...fieldProps} ref={fileRef} type="file" aria-busy={busy} className={styles.fileInput} onChange={(e) => void onFile(e.target.files?.[0])} />
        )}
      </Field>
    </fieldset>
  );
}
