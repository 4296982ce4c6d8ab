// The Plan page: the frame fields of the plan (name and status line as the cover shows them, period, målform, phase,
// case number, version, purpose, scope), the focus areas, the hearing period and parties, the generated project
// description table and the document profile.
import { makeStyles } from '@fluentui/react-components';
import { Malform, Phase, PlanType } from '../../../shared/domain/plan';
import { useT } from '../../app/i18n';
import { useNoticesEndWithPage, useHistoryAnnouncements } from '../tables/tablesStatus';
import { HearingPeriodFields } from '../hearing/HearingPeriod';
import { PlanTitleField, StatusLineField } from './CoverFields';
import { FocusAreas } from './FocusAreas';
import { HearingParties } from './HearingParties';
import { ProfileSection } from './ProfileSection';
import { ProjectDescription } from './ProjectDescription';
import { FrameChoice, FrameDate, FrameText, FrameYear } from './frameFields';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '16px 24px', maxWidth: '1000px' },
  wide: { gridColumn: '1 / -1' },
});

export function PlanPage() {
  const styles = useStyles();
  const t = useT();
  useHistoryAnnouncements(t);
  useNoticesEndWithPage();
  return (
    <>
      <h1>{t('plan.heading')}</h1>
      <p>{t('plan.intro')}</p>
      <form className={styles.grid} onSubmit={(e) => e.preventDefault()} aria-label={t('plan.heading')}>
        <div className={styles.wide}>
          <PlanTitleField />
        </div>
        <div className={styles.wide}>
          <FrameText column="subtitle" label="plan.subtitle" />
        </div>
        <div className={styles.wide}>
          <StatusLineField />
        </div>
        <FrameText column="municipality" label="plan.municipality" />
        <FrameChoice column="planType" label="plan.planType" options={PlanType.options} optionLabel={(o) => `planType.${o}`} />
        <FrameYear column="periodFrom" label="plan.periodFrom" />
        <FrameYear column="periodTo" label="plan.periodTo" />
        <FrameChoice column="malform" label="plan.malform" options={Malform.options} optionLabel={(o) => `malform.${o}`} />
        <FrameChoice column="phase" label="plan.phase" options={Phase.options} optionLabel={(o) => `phase.${o}`} />
        <FrameText column="caseNumber" label="plan.caseNumber" />
        <FrameText column="versionLabel" label="plan.versionLabel" />
        <FrameDate column="versionDate" label="plan.versionDate" />
        <div className={styles.wide}>
          <FrameText column="purpose" label="plan.purpose" multiline />
        </div>
        <div className={styles.wide}>
          <FrameText column="scope" label="plan.scope" multiline />
        </div>
      </form>
      <h2>{t('plan.focusAreas')}</h2>
      <FocusAreas />
      <h2>{t('plan.hearingHeading')}</h2>
      <HearingPeriodFields />
      <h3>{t('plan.hearingParties')}</h3>
      <HearingParties />
      <h2>{t('plan.projectDescription')}</h2>
      <p>{t('plan.projectDescriptionHelp')}</p>
      <ProjectDescription />
      <ProfileSection />
    </>
  );
}
