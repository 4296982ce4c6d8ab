// The header: which plan is open (title and file), whether it is saved, and the frame settings.
import { makeStyles, tokens } from '@fluentui/react-components';
import { api } from '../api/client';
import { PersonButton } from '../features/person/PersonButton';
import { LanguagePicker } from './LanguagePicker';
import { OpenPlanForm } from './OpenPlanForm';
import { useWriteStatus } from './pendingWrites';
import { START_PATH, VERSIONS_PATH } from './routes';
import { useT } from './i18n';
import { usePlanStore } from './planStore';
import { decideSaveStatus, saveStatusText } from './saveStatus';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px 24px',
    padding: '10px 20px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400, margin: 0 },
  plan: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, margin: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  fileLine: { fontSize: tokens.fontSizeBase200, display: 'flex', gap: '12px' },
  tools: { display: 'flex', alignItems: 'flex-end', gap: '16px', flexWrap: 'wrap' },
  startLink: {
    color: tokens.colorNeutralForegroundOnBrand,
    alignSelf: 'center',
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorNeutralForegroundOnBrand}`, outlineOffset: '2px' },
  },
});

export function FrameHeader() {
  const styles = useStyles();
  const t = useT();
  const file = usePlanStore((s) => s.file);
  const title = usePlanStore((s) => s.plan?.plan.title);
  const writes = useWriteStatus((s) => s.state);
  const lastFailed = useWriteStatus((s) => s.lastFailed);
  const savedAt = usePlanStore((s) => s.savedAt);
  const status = decideSaveStatus(file, writes, savedAt, lastFailed);

  return (
    <header className={styles.header}>
      <p className={styles.brand}>{t('app.name')}</p>
      <div className={styles.plan}>
        <span className={styles.title} data-testid="plan-title">
          {title ?? ''}
        </span>
        <span className={styles.fileLine}>
          {file && (
            <span data-testid="file-name" title={file.path}>
              {t('header.file')}: {file.name}
            </span>
          )}
          <span role="status" data-testid="save-status" data-kind={status.kind}>
            {saveStatusText(status, t)}
          </span>
        </span>
      </div>
      <div className={styles.tools}>
        <a href={START_PATH} className={styles.startLink}>
          {t('start.nav')}
        </a>
        {file && (
          <a href={VERSIONS_PATH} className={styles.startLink}>
            {t('versions.nav')}
          </a>
        )}
        {api.transport === 'http' && <OpenPlanForm />}
        <PersonButton />
        <LanguagePicker />
      </div>
    </header>
  );
}
