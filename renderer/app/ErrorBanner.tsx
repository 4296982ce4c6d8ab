// The banner for refused files and save problems: the services' sentence in the UI language, never a stack trace.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useErrorText, useT } from './i18n';
import { usePlanStore } from './planStore';

export function ErrorBanner() {
  const t = useT();
  const say = useErrorText();
  const error = usePlanStore((s) => s.error);
  const dismiss = usePlanStore((s) => s.dismissError);
  if (!error) return <NoticeBanner />;
  return (
    <MessageBar intent="error" layout="multiline" style={{ marginBottom: 16 }} data-testid="error-banner">
      <MessageBarBody>
        <MessageBarTitle>{t('banner.title')}</MessageBarTitle>
        {say(error)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="secondary" size="small" onClick={dismiss}>
          {t('banner.dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The shell's e-mail draft result: where the draft is, and whether the mail program opened it. */
function NoticeBanner() {
  const t = useT();
  const notice = usePlanStore((s) => s.notice);
  const dismiss = usePlanStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <MessageBar intent={notice.opened ? 'success' : 'info'} layout="multiline" style={{ marginBottom: 16 }} data-testid="notice-banner">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.sharedTitle')}</MessageBarTitle>
        {t(notice.opened ? 'notice.sharedOpened' : 'notice.sharedFolder', { path: notice.emlPath })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="secondary" size="small" onClick={dismiss}>
          {t('banner.dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
