// «Word-mal» in «Dokumentprofil»: choose, replace or remove the municipality's .dotx/.docx, and show what DOCX export
// takes from it (the styles found, header/footer). The file travels as bytes, so browser mode needs no path rule; the
// services check it (electron/services/profile/wordTemplateFile.ts) and refuse a broken or hostile one with one sentence.
import { Button, Field, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { MAX_WORD_TEMPLATE_BYTES, type WordTemplateSummary } from '../../../shared/api/calls/profile';
import type { MessageKey } from '../../../shared/i18n';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { commitEdit, flush as flushEdits, reload as reloadPlan } from '../../commands/commandBus';
import { bytesToBase64 } from '../chapters/imageFile';
import type { Announce } from './profileFields';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  details: { margin: '4px 0' },
});

const TEMPLATE_FILE = /\.(dotx|docx)$/i;

/** The summary of the plan's template, kept with the asset id it describes (a removed or replaced one is not shown). */
function useTemplateSummary(assetId: string | null): WordTemplateSummary | null {
  const [loaded, setLoaded] = useState<{ id: string; summary: WordTemplateSummary | null } | null>(null);
  useEffect(() => {
    let alive = true;
    if (assetId) void api.call('profile.wordTemplate', {}).then((r) => alive && setLoaded({ id: assetId, summary: r.ok ? r.value : null }));
    return () => {
      alive = false;
    };
  }, [assetId]);
  return loaded && loaded.id === assetId ? loaded.summary : null;
}

function SummaryText({ summary }: { summary: WordTemplateSummary }) {
  const t = useT();
  const styles = useStyles();
  const roleName = (role: string) => t(`wordTemplate.role.${role}` as MessageKey);
  const styleList = summary.styles.map((s) => (roleName(s.role) === s.name ? s.name : `${roleName(s.role)} («${s.name}»)`)).join(', ');
  const part = (kind: 'header' | 'footer', slot: 'default' | 'first') => (slot === 'first' ? `${t(`wordTemplate.${kind}`)} (${t('wordTemplate.firstPage')})` : t(`wordTemplate.${kind}`));
  const parts = [...summary.headers.map((s) => part('header', s)), ...summary.footers.map((s) => part('footer', s))].join(', ');
  return (
    <div data-testid="word-template-summary">
      <p className={styles.details}>{t('wordTemplate.chosen', { name: summary.name })}</p>
      <p className={styles.details}>{summary.styles.length ? t('wordTemplate.styles', { styles: styleList }) : t('wordTemplate.noStyles')}</p>
      <p className={styles.details}>{parts ? t('wordTemplate.parts', { parts }) : t('wordTemplate.noParts')}</p>
    </div>
  );
}

export function WordTemplateField({ announce }: { announce: Announce }) {
  const t = useT();
  const styles = useStyles();
  const frame = usePlanStore((s) => s.plan?.plan ?? null);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const assetId = frame?.profileWordTemplateAssetId ?? null;
  const summary = useTemplateSummary(assetId);
  if (!frame) return null;

  const choose = async (file: File) => {
    setProblem(null);
    if (!TEMPLATE_FILE.test(file.name)) return setProblem(t('wordTemplate.wrongType'));
    if (file.size > MAX_WORD_TEMPLATE_BYTES) return setProblem(t('wordTemplate.tooLarge'));
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await flushEdits();
    const result = await api.call('profile.setWordTemplate', { name: file.name.slice(0, 300), dataBase64 });
    if (!result.ok) return setProblem(result.error.message);
    await reloadPlan();
    announce(t('wordTemplate.added'));
  };

  return (
    <Field label={t('wordTemplate.label')} hint={t('wordTemplate.help')} validationMessage={problem ?? undefined} validationState={problem ? 'error' : 'none'}>
      {summary ? <SummaryText summary={summary} /> : <p className={styles.details}>{t('wordTemplate.none')}</p>}
      <div className={styles.row}>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('wordTemplate.fileLabel')}
          accept=".dotx,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.template,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data-testid="word-template-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
        <Button onClick={() => input.current?.click()}>{t(assetId ? 'wordTemplate.replace' : 'wordTemplate.choose')}</Button>
        {assetId && (
          <Button
            onClick={() => {
              setProblem(null);
              commitEdit([{ table: 'plan', id: frame.id, column: 'profileWordTemplateAssetId', value: null }], 'now');
              announce(t('wordTemplate.removed'));
            }}
          >
            {t('wordTemplate.remove')}
          </Button>
        )}
      </div>
    </Field>
  );
}
