// The start screen, in both modes: «Ny plan» (kind and målform, from the kind's template), «Åpne» (the system's dialog
// in the desktop app; the plans in the picked folders in browser mode), recent plans, and a copy of the sample plan.
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { Malform } from '../../../shared/domain/plan';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../shared/templates/kinds';
import { api } from '../../api/client';
import { useT } from '../../app/i18n';
import { PlanList } from './PlanList';
import { useStartStore } from './startSlice';

const useStyles = makeStyles({
  page: { display: 'grid', gap: '24px', maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '16px 20px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  form: { display: 'flex', flexWrap: 'wrap', gap: '16px 32px', alignItems: 'flex-end' },
  name: { minWidth: '260px' },
});

const MALFORMS: readonly Malform[] = ['nb', 'nn'];

export function StartPage() {
  const styles = useStyles();
  const t = useT();
  const { overview, busy, refresh, openPath, openDialog, sampleCopy } = useStartStore();
  const browserMode = api.transport === 'http';

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className={styles.page}>
      <div>
        <h1>{t('start.heading')}</h1>
        <p>{t('start.lead')}</p>
      </div>
      <NewPlanSection />
      <section className={styles.section} aria-labelledby="start-open">
        <h2 id="start-open" className={styles.heading}>
          {t('start.openHeading')}
        </h2>
        {!browserMode && (
          <div>
            <Button appearance="secondary" disabled={busy} onClick={() => void openDialog()}>
              {t('start.openButton')}
            </Button>
          </div>
        )}
        {overview?.folders?.map((folder) => (
          <div key={folder.path}>
            <h3>{t('start.openIn', { folder: folder.path })}</h3>
            <PlanList plans={folder.plans} empty={t('start.noPlansInFolder')} onOpen={(p) => void openPath(p)} busy={busy} testId="start-folder-plans" />
          </div>
        ))}
      </section>
      <section className={styles.section} aria-labelledby="start-recent">
        <h2 id="start-recent" className={styles.heading}>
          {t('start.recentHeading')}
        </h2>
        <PlanList plans={overview?.recent ?? []} empty={t('start.noRecent')} onOpen={(p) => void openPath(p)} busy={busy} testId="start-recent" />
      </section>
      <section className={styles.section} aria-labelledby="start-sample">
        <h2 id="start-sample" className={styles.heading}>
          {t('start.sampleHeading')}
        </h2>
        <p>{t('start.sampleLead')}</p>
        <div>
          <Button appearance="secondary" disabled={busy} onClick={() => void sampleCopy()}>
            {t('start.sampleButton')}
          </Button>
        </div>
      </section>
    </div>
  );
}

function NewPlanSection() {
  const styles = useStyles();
  const t = useT();
  const { overview, busy, newPlan } = useStartStore();
  const folders = overview?.folders ?? null;
  const [kind, setKind] = useState<TemplateKind>('kommunedelplan');
  const [malform, setMalform] = useState<Malform>('nb');
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const chosenFolder = folder || folders?.[0]?.path || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (folders === null) {
      void newPlan({ kind, malform, ...(name.trim() ? { name: name.trim() } : {}) });
      return;
    }
    if (!name.trim()) {
      setNameMissing(true);
      return;
    }
    void newPlan({ kind, malform, folder: chosenFolder, name: name.trim() });
  };

  return (
    <section className={styles.section} aria-labelledby="start-new">
      <h2 id="start-new" className={styles.heading}>
        {t('start.newHeading')}
      </h2>
      <form className={styles.form} onSubmit={submit}>
        <Field label={t('start.kind')}>
          <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)}>
            {TEMPLATE_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`start.kind.${k}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('start.malform')}>
          <RadioGroup value={malform} onChange={(_, d) => setMalform(d.value as Malform)}>
            {MALFORMS.map((m) => (
              <Radio key={m} value={m} label={t(`start.malform.${m}`)} />
            ))}
          </RadioGroup>
        </Field>
        {folders !== null && folders.length > 1 && (
          <Field label={t('start.folder')}>
            <Select value={chosenFolder} onChange={(_, d) => setFolder(d.value)}>
              {folders.map((f) => (
                <option key={f.path} value={f.path}>
                  {f.path}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field
          label={t('start.fileName')}
          className={styles.name}
          validationState={nameMissing ? 'error' : 'none'}
          validationMessage={nameMissing ? t('start.nameRequired') : undefined}
        >
          <Input
            value={name}
            onChange={(_, d) => {
              setName(d.value);
              setNameMissing(false);
            }}
            contentAfter=".planverk"
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('start.create')}
        </Button>
      </form>
    </section>
  );
}
