// «Dokumentprofil» on the Plan page: logo, primary colour and font of both outputs, the reusable default profile
// in the user data folder, and `.planverkprofil` files to share a profile between advisers.
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../../shared/api/calls/profile';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { flush as flushEdits, reload as reloadPlan } from '../../commands/commandBus';
import { ColorField, FontField, LogoField } from './profileFields';
import { WordTemplateField } from './WordTemplateField';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '1000px' },
  row: { display: 'flex', gap: '8px', alignItems: 'end', flexWrap: 'wrap' },
  path: { minWidth: '420px', flexGrow: 1 },
});

/** «<plan folder>/<kommune>.planverkprofil»: beside the plan, named for the municipality. */
function suggestProfilePath(planPath: string | undefined, municipality: string): string {
  const folder = planPath ? planPath.replace(/[^/\\]*$/, '') : '';
  const name = municipality.replace(/[\\/:*?"<>|]/g, '').trim() || 'Dokumentprofil';
  return `${folder}${name}.planverkprofil`;
}

export function ProfileSection() {
  const styles = useStyles();
  const t = useT();
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState<ProfileSummary | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const planPath = usePlanStore((s) => s.file?.path);
  const municipality = usePlanStore((s) => s.plan?.plan.municipality ?? '');
  const showError = usePlanStore((s) => s.showError);

  useEffect(() => {
    let alive = true;
    void api.call('profile.getDefault', {}).then((result) => alive && result.ok && setSaved(result.value));
    return () => {
      alive = false;
    };
  }, []);

  /** Runs a profile call after the queued edits reached the file, reloads the plan when it changed, says how it went. */
  const run = async <T,>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: Parameters<typeof showError>[0] }>, done: (value: T) => string, reload: boolean) => {
    await flushEdits();
    const result = await call();
    if (!result.ok) {
      setStatus(result.error.message);
      showError(result.error);
      return;
    }
    if (reload) await reloadPlan();
    setStatus(done(result.value));
  };

  const filePath = path ?? suggestProfilePath(planPath, municipality);
  const savedText = saved
    ? t('profile.defaultSummary', { color: saved.color, font: saved.font, logo: saved.logo ? t('profile.defaultSummaryLogo') : '' })
    : t('profile.defaultNone');

  return (
    <section className={styles.section} aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <p>{t('profile.intro')}</p>
      <LogoField announce={setStatus} />
      <ColorField />
      <FontField />
      <WordTemplateField announce={setStatus} />

      <h3>{t('profile.defaultHeading')}</h3>
      <p>{t('profile.defaultHelp')}</p>
      <p data-testid="profile-default-summary">{savedText}</p>
      <div className={styles.row}>
        <Button
          onClick={() =>
            void run(
              () => api.call('profile.saveDefault', {}),
              (value) => {
                setSaved(value);
                return t('profile.savedDefault');
              },
              false,
            )
          }
        >
          {t('profile.saveDefault')}
        </Button>
        <Button disabled={!saved} onClick={() => void run(() => api.call('profile.applyDefault', {}), () => t('profile.appliedDefault'), true)}>
          {t('profile.applyDefault')}
        </Button>
      </div>

      <h3>{t('profile.fileHeading')}</h3>
      <p>{t('profile.fileHelp')}</p>
      <div className={styles.row}>
        <Field label={t('profile.filePath')} className={styles.path}>
          <Input value={filePath} onChange={(_, d) => setPath(d.value)} data-testid="profile-file-path" />
        </Field>
        <Button onClick={() => void run(() => api.call('profile.exportFile', { path: filePath }), (value) => t('profile.exported', { path: value.path }), false)}>
          {t('profile.exportFile')}
        </Button>
        <Button onClick={() => void run(() => api.call('profile.importFile', { path: filePath }), () => t('profile.imported'), true)}>{t('profile.importFile')}</Button>
      </div>
      <p role="status" aria-live="polite" data-testid="profile-status">
        {status}
      </p>
    </section>
  );
}
